package io.camelseedance.component;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelseedance.api.SeedanceBudgetException;
import io.camelseedance.simulator.SeedanceSimulatorExtension;

import static io.camelseedance.component.SeedanceTestSupport.TASKS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two replicas sharing one PostgreSQL task store spend one budget and one daily quota: together they admit exactly
 * the creates whose estimates fit, even when they ask at the same moment, and refuse the next with nothing sent.
 */
class SharedBudgetTest {

    /** Seed 001: 1280×720 px, 121 frames. */
    private static final long TOKENS_720P_5S = 1280L * 720 * 121 / 1024;

    @RegisterExtension
    static final SeedanceSimulatorExtension SIM = new SeedanceSimulatorExtension(SeedanceTestSupport.simulator()
            .queuedFor(Duration.ofMillis(50)).runningFor(Duration.ofMillis(100)).serverThreads(8));

    @RegisterExtension
    static final PostgresDatabase DB = new PostgresDatabase();

    private Replicas replicas;

    @BeforeEach
    void startTwoReplicas() throws Exception {
        SIM.simulator().clearRequests();
        replicas = new Replicas(2, SIM, DB, seedance -> {
        });
    }

    @AfterEach
    void stopThem() throws Exception {
        replicas.close();
    }

    private CompletableFuture<Exchange> generate(int replica, String uri, String prompt) {
        ProducerTemplate template = replicas.get(replica).createProducerTemplate();
        return template.asyncSend(uri, e -> {
            e.getMessage().setBody(prompt);
            e.getMessage().setHeader(SeedanceConstants.RESOLUTION, "720p");
            e.getMessage().setHeader(SeedanceConstants.RATIO, "16:9");
            e.getMessage().setHeader(SeedanceConstants.DURATION, 5);
        });
    }

    private static Exchange done(CompletableFuture<Exchange> sent) throws Exception {
        return sent.get(30, TimeUnit.SECONDS);
    }

    private static int creates() {
        return SIM.simulator().requests("POST", TASKS).size();
    }

    @Test
    void twoReplicasAskingAtOnceAdmitExactlyWhatFitsInTheirOneBudget() throws Exception {
        String uri = "seedance:generate?budgetName=shared&budget=" + 3 * TOKENS_720P_5S;
        List<CompletableFuture<Exchange>> sent = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            sent.add(generate(i % 2, uri, "clip " + i));
        }
        int admitted = 0;
        for (CompletableFuture<Exchange> each : sent) {
            Exchange exchange = done(each);
            if (exchange.getException() == null) {
                admitted++;
            } else {
                assertThat(exchange.getException()).isInstanceOf(SeedanceBudgetException.class)
                        .hasMessageContaining("budget 'shared'").hasMessageContaining("Not sent");
            }
        }
        assertThat(admitted).as("creates whose estimates fit in the one budget").isEqualTo(3);
        assertThat(creates()).isEqualTo(3);
        // the budget is spent by the two together: the next is refused by either, with no HTTP call
        for (int replica = 0; replica < 2; replica++) {
            assertThat(done(generate(replica, uri, "one more")).getException())
                    .isInstanceOf(SeedanceBudgetException.class);
        }
        assertThat(creates()).isEqualTo(3);
    }

    @Test
    void bothReplicasSettleTheOneBudgetWithTheUsageTheProviderReports() throws Exception {
        String uri = "seedance:generate?budgetName=settled&waitForCompletion=true&budget=" + 10 * TOKENS_720P_5S;
        long reportedA = reportedTokens(done(generate(0, uri, "at A")));
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(spent("settled")).isEqualTo(reportedA));
        long reportedB = reportedTokens(done(generate(1, uri, "at B")));
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(spent("settled")).isEqualTo(reportedA + reportedB));
        assertThat(reservations("settled")).as("no estimate left reserved").isZero();
    }

    private static long reportedTokens(Exchange exchange) {
        assertThat(exchange.getException()).isNull();
        return SIM.simulator().task(exchange.getMessage().getHeader(SeedanceConstants.TASK_ID, String.class))
                .orElseThrow().at("/usage/total_tokens").asLong();
    }

    private static double spent(String budget) throws SQLException {
        return number("SELECT spent FROM seedance_budget WHERE name = ?", budget);
    }

    private static double reservations(String budget) throws SQLException {
        return number("SELECT count(*) FROM seedance_budget_reservation WHERE budget = ?", budget);
    }

    private static double number(String sql, String budget) throws SQLException {
        try (Connection c = DB.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, budget);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getDouble(1);
            }
        }
    }

    @Test
    void theDailyQuotaCountsTheTasksOfBothReplicas() throws Exception {
        String uri = "seedance:generate?budgetName=quota&dailyTaskQuota=3";
        assertThat(done(generate(0, uri, "a")).getException()).isNull();
        assertThat(done(generate(1, uri, "b")).getException()).isNull();
        assertThat(done(generate(0, uri, "c")).getException()).isNull();
        assertThat(done(generate(1, uri, "d")).getException()).isInstanceOf(SeedanceBudgetException.class)
                .hasMessageContaining("daily quota of 3 tasks");
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(creates()).isEqualTo(3));
    }
}
