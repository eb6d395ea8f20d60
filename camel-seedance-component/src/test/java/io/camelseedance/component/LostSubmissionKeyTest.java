package io.camelseedance.component;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.camelseedance.api.SeedanceOutcomeUnknownException;
import io.camelseedance.api.TaskStatus;
import io.camelseedance.api.VideoTask;
import io.camelseedance.simulator.SeedanceSimulatorExtension;
import io.camelseedance.tracking.JdbcTaskStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A submission key whose create was cut off on the wire (its instance died, or the application stopped, between
 * sending the create and recording its answer) follows the settling of the create's intent: when the survivor finds
 * the task the create made, the key's next exchange adopts it; when the settling cannot tell (no task, or several
 * that could be it), the key stays lost and its next exchange fails saying what the settling found. A settling whose
 * store write failed is written by the next round, without a restart; an exchange that looks while another instance
 * settles the key's create waits for its finding. Nothing is sent again. PostgreSQL shared by instances, and the file store across a restart (the memory store dies with its
 * instance, keys and all).
 */
class LostSubmissionKeyTest {

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

    /** The statement that gives a key the task its create's settling found. */
    private static final String KEY_TASK_WRITE = "UPDATE seedance_submission SET task_id";

    private final String key = "order-" + UUID.randomUUID();

    private Exchange sendWithKey(CamelContext context, String prompt) {
        return SurvivingInstances.sendWithKey(context, prompt, key);
    }

    /** The key's next exchange adopted the task the dead instance's create made, and nothing else was created. */
    private void assertAdoptedWithNoCreate(Exchange next, String made) {
        assertThat(next.getException()).isNull();
        assertThat(next.getMessage().getHeader(SeedanceConstants.SUBMISSION_ADOPTED, Boolean.class)).isTrue();
        assertThat(next.getMessage().getHeader(SeedanceConstants.TASK_ID)).isEqualTo(made);
        assertThat(instances.creates()).as("the dead instance's create only").isEqualTo(1);
    }

    /**
     * The dead instance's keyed create made its task, and a survivor reaching the store through {@code faults} took
     * the create over and found that task ({@link #made}): its write of the task to the key is refused or held now.
     *
     * @return the survivor
     */
    private CamelContext foundBySurvivorUpToTheKeysWrite(StatementFaults faults, Duration lease) throws Exception {
        CamelContext maker = instances.deadInstanceWithKeyedCreates("jdbc", directory, key);
        SurvivingInstances.make(maker, "A lighthouse in a storm");
        instances.awaitLeaseEnded("jdbc", key);
        CamelContext survivor = instances.survivor(faults, lease);
        await().atMost(Duration.ofSeconds(15)).until(faults::reached);
        return survivor;
    }

    /** The one task made in this test. */
    private String made() {
        return sim.simulator().createdTaskIds().get(0);
    }

    /** An instance, in a JVM of its own, sending a create under the key; killed while it waits for the answer. */
    private Process keyedCreateInstance(String kind, String prompt) throws Exception {
        List<String> args = new ArrayList<>(List.of(sim.baseUrl("byteplus"), SeedanceTestSupport.KEY, key, prompt));
        args.addAll(kind.equals("file")
                ? List.of("file", directory.toString())
                : List.of("jdbc", DB.jdbcUrl(), DB.user(), DB.password(),
                        Long.toString(SurvivingInstances.LEASE.toMillis())));
        return ChildJvm.start(KeyedCreateInstance.class, Path.of("target", "lost-key-instance-" + kind + ".log"), args);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc", "file"})
    void anInstanceKilledWithItsKeyedCreateOnTheWireLeavesTheTaskToTheKeysNextExchange(String kind)
            throws Exception {
        // the simulator makes the task at once and holds the answer back: the create is on the wire when killed
        Process instance = keyedCreateInstance(kind, "A lighthouse in a storm [sim:delay=60000]");
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> !instance.isAlive()
                    || sim.simulator().createdTaskIds().size() == 1);
            assertThat(instance.isAlive()).as("the instance sent its create").isTrue();
        } finally {
            instance.destroyForcibly(); // SIGKILL: no Camel stop, no lease released, no answer recorded
        }
        assertThat(instance.waitFor(20, TimeUnit.SECONDS)).isTrue();
        String made = sim.simulator().createdTaskIds().get(0);

        CamelContext survivor = instances.survivorOnceSettled(kind, directory, key);
        Exchange next = sendWithKey(survivor, "A lighthouse in a storm");

        assertAdoptedWithNoCreate(next, made);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc", "file"})
    void theTaskTheSettlingFindsIsAdoptedByTheKeysNextExchange(String kind) throws Exception {
        CamelContext maker = instances.deadInstanceWithKeyedCreates(kind, directory, key);
        String made = SurvivingInstances.make(maker, "A lighthouse in a storm");

        CamelContext survivor = instances.survivorOnceSettled(kind, directory, key);
        Exchange next = sendWithKey(survivor, "A lighthouse in a storm");

        assertAdoptedWithNoCreate(next, made);
        assertThat(next.getMessage().getBody(VideoTask.class).status()).isEqualTo(TaskStatus.SUCCEEDED);
    }

    @Test
    void theKeysNextExchangeSettlesTheLostCreateWhenNoSettlingRoundHasYet() throws Exception {
        CamelContext maker = instances.maker();
        // the dead instance's lease ends after the survivor started, whose own rounds come only every minute
        JdbcTaskStore dead = instances.deadInstanceStore(Duration.ofSeconds(10));
        SurvivingInstances.keyedCreateOnTheWire(dead, SurvivingInstances.account(maker), key);
        String made = SurvivingInstances.make(maker, "A lighthouse in a storm");
        CamelContext survivor = instances.survivor("jdbc", directory, Duration.ofMinutes(1));
        assertThat(DB.rows("seedance_intent WHERE intent LIKE '%" + key + "%' AND task_id IS NULL"))
                .as("not settled at the survivor's start: the dead instance's lease had not ended").isEqualTo(1);
        instances.awaitLeaseEnded("jdbc", key);

        Exchange next = sendWithKey(survivor, "A lighthouse in a storm");

        assertAdoptedWithNoCreate(next, made);
    }

    @Test
    void anExchangeLookingWhileAnotherInstanceSettlesTheKeysCreateWaitsForItAndAdopts() throws Exception {
        // the other instance takes the create over and finds its task, but is slow to write it to the key
        StatementFaults slowWrite = StatementFaults.holdingOnce(instances.pool(), KEY_TASK_WRITE);
        foundBySurvivorUpToTheKeysWrite(slowWrite, Duration.ofSeconds(5));
        // this instance's settling rounds come only every minute: the exchange's own round is the one that looks
        CamelContext looking = instances.survivor("jdbc", directory, Duration.ofMinutes(1));

        CompletableFuture<Exchange> next = looking.createProducerTemplate().asyncSend("direct:wait", e -> {
            e.getMessage().setBody("A lighthouse in a storm");
            e.getMessage().setHeader(SeedanceConstants.SUBMISSION_KEY, key);
        });
        // its own round finds the create taken over, nothing to settle: it waits for the other's finding
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> !next.isDone());
        slowWrite.release();
        Exchange adopted = next.get(30, TimeUnit.SECONDS);

        assertAdoptedWithNoCreate(adopted, made());
    }

    @Test
    void aSettlingWhoseWriteFailedIsWrittenAtTheNextRoundAndTheKeyAdoptsItsTask() throws Exception {
        // the survivor finds the task, and the database refuses to give it to the key, once
        StatementFaults refusedOnce = StatementFaults.failingOnce(instances.pool(), KEY_TASK_WRITE);
        CamelContext survivor = foundBySurvivorUpToTheKeysWrite(refusedOnce, SurvivingInstances.LEASE);
        String made = made();

        // a round every lease: the next one writes what the failed one found
        await().atMost(Duration.ofSeconds(15)).until(() -> DB.rows("seedance_intent WHERE intent LIKE '%" + key
                + "%' AND task_id = '" + made + "'") == 1);
        Exchange next = sendWithKey(survivor, "A lighthouse in a storm");

        assertAdoptedWithNoCreate(next, made);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc", "file"})
    void whenTheSettlingFindsNoTaskTheKeyStaysLostAndSaysSo(String kind) throws Exception {
        // the create never reached the provider, or reached it later than its list shows: which, nothing can tell
        instances.deadInstanceWithKeyedCreates(kind, directory, key);

        CamelContext survivor = instances.survivorOnceSettled(kind, directory, key);
        Exchange next = sendWithKey(survivor, "A lighthouse in a storm");

        assertThat(next.getException()).isInstanceOf(SeedanceOutcomeUnknownException.class)
                .hasMessageContaining("submission key '" + key + "'")
                .hasMessageContaining("no task unknown here was created at that time");
        assertThat(((SeedanceOutcomeUnknownException) next.getException()).candidateTaskIds()).isEmpty();
        assertThat(instances.creates()).as("nothing sent under the lost key").isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc", "file"})
    void whenTheSettlingFindsSeveralCandidatesTheKeyStaysLostAndNamesThem(String kind) throws Exception {
        CamelContext maker = instances.deadInstanceWithKeyedCreates(kind, directory, key);
        // the dead instance's create, and one another client of the account sent at the same time
        String first = SurvivingInstances.make(maker, "A lighthouse in a storm");
        String second = SurvivingInstances.make(maker, "A harbour at dawn");

        CamelContext survivor = instances.survivorOnceSettled(kind, directory, key);
        Exchange next = sendWithKey(survivor, "A lighthouse in a storm");

        assertThat(next.getException()).isInstanceOf(SeedanceOutcomeUnknownException.class)
                .hasMessageContaining("submission key '" + key + "'").hasMessageContaining(first)
                .hasMessageContaining(second);
        assertThat(((SeedanceOutcomeUnknownException) next.getException()).candidateTaskIds())
                .containsExactlyInAnyOrder(first, second);
        assertThat(instances.creates()).as("the two made before, nothing under the lost key").isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc", "file"})
    void keyedCreatesCutOffTogetherAreNotMatchedByTheirTimesAndNameTheirCandidates(String kind) throws Exception {
        String otherKey = "order-" + UUID.randomUUID();
        // two creates on the wire at once: which task is whose, their times cannot tell (concurrent POSTs cross)
        CamelContext maker = instances.deadInstanceWithKeyedCreates(kind, directory, key, otherKey);
        String first = SurvivingInstances.make(maker, "A lighthouse in a storm");
        String second = SurvivingInstances.make(maker, "A harbour at dawn");

        CamelContext survivor = instances.survivorOnceSettled(kind, directory, key);
        instances.awaitSettled(kind, directory, otherKey);
        List<Exchange> next = List.of(sendWithKey(survivor, "A lighthouse in a storm"),
                SurvivingInstances.sendWithKey(survivor, "A harbour at dawn", otherKey));

        assertThat(next).allSatisfy(e -> {
            assertThat(e.getException()).isInstanceOf(SeedanceOutcomeUnknownException.class)
                    .hasMessageContaining("cannot be told apart");
            assertThat(((SeedanceOutcomeUnknownException) e.getException()).candidateTaskIds())
                    .containsExactlyInAnyOrder(first, second);
        });
        assertThat(instances.creates()).as("the two made before, nothing under the lost keys").isEqualTo(2);
    }
}
