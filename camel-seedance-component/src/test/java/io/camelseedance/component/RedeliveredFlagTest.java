package io.camelseedance.component;

import java.time.Duration;
import java.time.Instant;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelseedance.api.TaskStatus;
import io.camelseedance.api.VideoTask;
import io.camelseedance.simulator.SeedanceSimulatorExtension;
import io.camelseedance.tracking.EmissionClaim;
import io.camelseedance.tracking.JdbcTaskStore;
import io.camelseedance.tracking.TrackedOutcome;
import io.camelseedance.tracking.TrackerKey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An instance that dies while it emits a task (its route may have handled it) leaves its claim to end with its lease;
 * the instance that takes the claim over emits the task again with {@code CamelSeedanceRedelivered=true}, so that a
 * route can de-duplicate. Every other emission says {@code false}. The dead instance is a store that claimed and
 * never renewed, as a JVM killed mid-exchange leaves it.
 */
class RedeliveredFlagTest {

    @RegisterExtension
    static final SeedanceSimulatorExtension SIM = new SeedanceSimulatorExtension(SeedanceTestSupport.simulator()
            .queuedFor(Duration.ofMillis(100)).runningFor(Duration.ofMillis(200)));

    @RegisterExtension
    static final PostgresDatabase DB = new PostgresDatabase();

    private static final Duration LEASE = Duration.ofSeconds(1);

    @RegisterExtension
    final SharedStoreInstances instances = new SharedStoreInstances(SIM, DB);

    private CamelContext survivor;
    private JdbcTaskStore dead;

    @BeforeEach
    void start() throws Exception {
        survivor = instances.sharing(LEASE, routes -> {
            routes.from("direct:submit").to("seedance:generate");
            routes.from("seedance:tasks?delay=100").routeId("tracked").to("mock:tracked");
            routes.from("seedance:tasks?mode=account&delay=100").routeId("account").to("mock:account");
        });
        dead = new JdbcTaskStore(DB.dataSource(), LEASE, "killed");
        dead.open();
    }

    private TrackerKey key() {
        return survivor.getEndpoint("seedance:generate", SeedanceEndpoint.class).trackerKey();
    }

    private static VideoTask finished(String id) {
        return VideoTask.builder().id(id).provider("byteplus").model(SeedanceTestSupport.MODEL)
                .status(TaskStatus.SUCCEEDED).progress(100).createdAt(Instant.now()).updatedAt(Instant.now()).build();
    }

    private static Boolean flagOf(MockEndpoint mock, String taskId) {
        return mock.getReceivedExchanges().stream()
                .filter(e -> taskId.equals(e.getMessage().getHeader(SeedanceConstants.TASK_ID)))
                .map(e -> e.getMessage().getHeader(SeedanceConstants.REDELIVERED, Boolean.class)).findFirst()
                .orElse(null);
    }

    @Test
    void aTrackedOutcomeClaimedByAnInstanceThatDiedIsEmittedAgainFlagged() {
        MockEndpoint tracked = survivor.getEndpoint("mock:tracked", MockEndpoint.class);
        // the dead instance kept two outcomes; it was emitting one of them when it was killed
        dead.outcomes().put("t-emitting", new TrackedOutcome(key(), finished("t-emitting")));
        dead.outcomes().put("t-waiting", new TrackedOutcome(key(), finished("t-waiting")));
        assertThat(dead.claimOutcome("t-emitting")).isEqualTo(EmissionClaim.FIRST);

        await().atMost(Duration.ofSeconds(10)).until(() -> tracked.getReceivedCounter() == 2);

        assertThat(flagOf(tracked, "t-waiting")).isFalse();
        assertThat(flagOf(tracked, "t-emitting")).isTrue();
    }

    @Test
    void anAccountEmissionClaimedByAnInstanceThatDiedIsEmittedAgainFlagged() {
        MockEndpoint account = survivor.getEndpoint("mock:account", MockEndpoint.class);
        String emitting = survivor.createProducerTemplate().requestBody("direct:submit", "a crane", VideoTask.class)
                .id();
        String other = survivor.createProducerTemplate().requestBody("direct:submit", "a heron", VideoTask.class).id();
        assertThat(dead.claimEmission("account", emitting)).isEqualTo(EmissionClaim.FIRST);

        await().atMost(Duration.ofSeconds(10))
                .until(() -> flagOf(account, emitting) != null && flagOf(account, other) != null);

        assertThat(flagOf(account, other)).isFalse();
        assertThat(flagOf(account, emitting)).isTrue();
        assertThat(account.getReceivedExchanges()).extracting(Exchange::getMessage)
                .filteredOn(m -> emitting.equals(m.getHeader(SeedanceConstants.TASK_ID))).hasSize(1);
    }
}
