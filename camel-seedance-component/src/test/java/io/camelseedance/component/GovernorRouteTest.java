package io.camelseedance.component;

import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.BindToRegistry;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import io.camelseedance.api.SeedanceBudgetException;
import io.camelseedance.api.SeedanceSlotTimeoutException;
import io.camelseedance.simulator.RecordedRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The spend governor over real HTTP against the simulator: budgets, the daily quota, the wait for a slot. */
class GovernorRouteTest extends SeedanceTestSupport {

    /** Seed 001: 1280×720 px, 121 frames. */
    private static final long TOKENS_720P_5S = 1280L * 720 * 121 / 1024;
    /** Seed 001: 864×496 px, 121 frames. */
    private static final long TOKENS_480P_5S = 864L * 496 * 121 / 1024;

    @BindToRegistry(MicrometerMetrics.REGISTRY_NAME)
    private final MeterRegistry registry = new SimpleMeterRegistry();

    private Exchange generate(String uri, String prompt, String resolution) {
        return template.send(uri, e -> {
            e.getMessage().setBody(prompt);
            e.getMessage().setHeader(SeedanceConstants.RESOLUTION, resolution);
            e.getMessage().setHeader(SeedanceConstants.RATIO, "16:9");
            e.getMessage().setHeader(SeedanceConstants.DURATION, 5);
        });
    }

    private List<RecordedRequest> creates() {
        return SIM.simulator().requests("POST", TASKS);
    }

    @Test
    void aBudgetAdmitsExactlyTheCreatesWhoseEstimatesFitAndRefusesTheNextWithNothingSent() {
        long budget = 2 * TOKENS_720P_5S + TOKENS_480P_5S;
        String uri = "seedance:generate?budgetName=fit&budget=" + budget;
        assertThat(generate(uri, "one", "720p").getException()).isNull();
        assertThat(generate(uri, "two", "720p").getException()).isNull();
        Exchange over = generate(uri, "three", "720p");
        assertThat(over.getException()).isInstanceOf(SeedanceBudgetException.class)
                .hasMessageContaining("budget 'fit'").hasMessageContaining("Not sent")
                .hasMessageContaining(String.valueOf(TOKENS_720P_5S));
        assertThat(((SeedanceBudgetException) over.getException()).budget()).isEqualTo("fit");
        assertThat(creates()).hasSize(2);
        // a smaller create still fits in what is left: exactly what fits is admitted
        Exchange small = generate(uri, "four", "480p");
        assertThat(small.getException()).isNull();
        assertThat(small.getMessage().getHeader(SeedanceConstants.COST_ESTIMATE, Double.class))
                .isEqualTo((double) TOKENS_480P_5S);
        assertThat(small.getMessage().getHeader(SeedanceConstants.COST_SOURCE, String.class)).contains("seed 001");
        assertThat(generate(uri, "five", "480p").getException()).isInstanceOf(SeedanceBudgetException.class);
        assertThat(creates()).hasSize(3);
    }

    @Test
    void theBudgetIsSettledWithTheUsageTheProviderReports() {
        long budget = 10 * TOKENS_720P_5S;
        String uri = "seedance:generate?budgetName=settled&waitForCompletion=true&budget=" + budget;
        Exchange done = generate(uri, "ok", "720p");
        Exchange failed = generate(uri, "no [sim:fail=OutputVideoSensitiveContentDetected]", "720p");
        assertThat(done.getException()).isNull();
        assertThat(failed.getException()).isNotNull();
        long reported = SIM.simulator().task(done.getMessage().getHeader(SeedanceConstants.TASK_ID, String.class))
                .orElseThrow().at("/usage/total_tokens").asLong();
        // the failed task is not billed; the succeeded one is charged what the provider reported
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(registry
                .get(SeedanceMetrics.BUDGET_LEFT).tags("budget", "settled", "unit", "tokens").gauge().value())
                .isEqualTo((double) (budget - reported)));
    }

    @Test
    void theDailyQuotaRefusesTheNextCreateWithNothingSent() {
        String uri = "seedance:generate?budgetName=quota&dailyTaskQuota=2";
        assertThat(generate(uri, "a", "720p").getException()).isNull();
        assertThat(generate(uri, "b", "720p").getException()).isNull();
        assertThat(generate(uri, "c", "720p").getException()).isInstanceOf(SeedanceBudgetException.class)
                .hasMessageContaining("daily quota of 2 tasks");
        assertThat(creates()).hasSize(2);
    }

    @Test
    void aCreateThatWaitsForASlotPastItsDeadlineFailsWithNothingSent() throws Exception {
        String uri = "seedance:generate?budgetName=slots&maxTasksInFlight=1&slotWaitTimeout=300";
        assertThat(generate(uri, "long [sim:queue=3000]", "720p").getException()).isNull();
        Exchange waited = generate(uri, "second", "720p");
        assertThat(waited.getException()).isInstanceOf(SeedanceSlotTimeoutException.class)
                .hasMessageContaining("maxTasksInFlight").hasMessageContaining("Not sent");
        assertThat(creates()).hasSize(1);
        assertThat(registry.get(SeedanceMetrics.WAITING_FOR_SLOT).gauge().value()).isZero();
    }
}
