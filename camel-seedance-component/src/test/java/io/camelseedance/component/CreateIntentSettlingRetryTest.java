package io.camelseedance.component;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import io.camelseedance.simulator.SeedanceSimulatorExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A settling whose store write fails is taken up again by the instance's next round, without a restart: the create
 * an instance that died left on the wire, taken over by a survivor whose database refuses one write of its settling,
 * still gets its task, and its submission key's next exchange adopts it. Nothing is created again.
 */
class CreateIntentSettlingRetryTest {

    /** One simulator per test: its list holds only the tasks this test made, which the settling searches. */
    @RegisterExtension
    final SeedanceSimulatorExtension sim = new SeedanceSimulatorExtension(SeedanceTestSupport.simulator()
            .queuedFor(Duration.ofMillis(100)).runningFor(Duration.ofMillis(200)));

    @RegisterExtension
    static final PostgresDatabase DB = new PostgresDatabase();

    @RegisterExtension
    final SurvivingInstances instances = new SurvivingInstances(sim, DB);

    @TempDir
    Path directory;

    private final String key = "order-" + UUID.randomUUID();

    @Test
    void aSettlingWhoseWriteFailedIsWrittenAtTheNextRoundAndTheKeyAdoptsItsTask() throws Exception {
        CamelContext maker = instances.deadInstanceWithKeyedCreates("jdbc", directory, key);
        String made = SurvivingInstances.make(maker, "A lighthouse in a storm");
        instances.awaitLeaseEnded("jdbc", key);
        // the survivor finds the task, and the database refuses to give it to the key, once
        StatementFaults refusedOnce = StatementFaults.failingOnce(instances.pool(),
                "UPDATE seedance_submission SET task_id");

        CamelContext survivor = instances.survivor(refusedOnce, SurvivingInstances.LEASE);
        await().atMost(Duration.ofSeconds(15)).until(refusedOnce::reached);
        // a round every lease: the next one writes what the failed one found
        await().atMost(Duration.ofSeconds(15)).until(() -> DB.rows("seedance_intent WHERE intent LIKE '%" + key
                + "%' AND task_id = '" + made + "'") == 1);
        Exchange next = SurvivingInstances.sendWithKey(survivor, "A lighthouse in a storm", key);

        assertThat(next.getException()).isNull();
        assertThat(next.getMessage().getHeader(SeedanceConstants.SUBMISSION_ADOPTED, Boolean.class)).isTrue();
        assertThat(next.getMessage().getHeader(SeedanceConstants.TASK_ID)).isEqualTo(made);
        assertThat(instances.creates()).as("the dead instance's create only").isEqualTo(1);
    }
}
