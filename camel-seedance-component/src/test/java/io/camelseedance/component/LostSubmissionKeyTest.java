package io.camelseedance.component;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.camelseedance.api.SeedanceOutcomeUnknownException;
import io.camelseedance.api.TaskStatus;
import io.camelseedance.api.VideoTask;
import io.camelseedance.simulator.SeedanceSimulatorExtension;
import io.camelseedance.tracking.CreateIntents;
import io.camelseedance.tracking.FileTaskStore;
import io.camelseedance.tracking.JdbcTaskStore;
import io.camelseedance.tracking.Submission;
import io.camelseedance.tracking.TaskStore;
import io.camelseedance.tracking.TrackerKey;
import io.camelseedance.tracking.TrackingPolicy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A submission key whose create was cut off on the wire (its instance died, or the application stopped, between
 * sending the create and recording its answer) follows the settling of the create's intent: when the survivor finds
 * the task the create made, the key's next exchange adopts it; when the settling cannot tell (no task, or several
 * that could be it), the key stays lost and its next exchange fails saying what the settling found. Nothing is sent
 * again. PostgreSQL shared by instances, and the file store across a restart (the memory store dies with its
 * instance, keys and all).
 */
class LostSubmissionKeyTest {

    /** One simulator per test: its list holds only the tasks this test made, which the settling searches. */
    @RegisterExtension
    final SeedanceSimulatorExtension sim = new SeedanceSimulatorExtension(SeedanceTestSupport.simulator()
            .queuedFor(Duration.ofMillis(100)).runningFor(Duration.ofMillis(200)));

    @RegisterExtension
    static final PostgresDatabase DB = new PostgresDatabase();

    private static final Duration LEASE = Duration.ofSeconds(1);

    @TempDir
    Path directory;

    private final List<CamelContext> contexts = new ArrayList<>();
    private final List<HikariDataSource> pools = new ArrayList<>();
    private final String key = "order-" + UUID.randomUUID();

    @AfterEach
    void stopAll() throws Exception {
        for (CamelContext context : contexts) {
            context.stop();
        }
        pools.forEach(HikariDataSource::close);
    }

    /** Makes tasks at the provider and nowhere else, as the dead instance's create did. */
    private CamelContext maker() throws Exception {
        CamelContext context = new DefaultCamelContext();
        context.addComponent("seedance", SeedanceTestSupport.component(sim));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:make").to("seedance:generate");
            }
        });
        context.start();
        contexts.add(context);
        return context;
    }

    private static String make(CamelContext maker, String prompt) {
        return maker.createProducerTemplate().requestBody("direct:make", prompt, VideoTask.class).id();
    }

    /** The store as the dead instance (jdbc) or the stopped run (file) left it. */
    private TaskStore deadInstanceStore(String kind) {
        if (kind.equals("file")) {
            return new FileTaskStore(directory);
        }
        JdbcTaskStore store = new JdbcTaskStore(DB.dataSource(), LEASE, "gone-" + UUID.randomUUID());
        store.open();
        return store;
    }

    /** The dead instance had claimed the key and recorded its create's intent, then sent the create. */
    private void keyedCreateOnTheWire(TaskStore store, TrackerKey account) {
        keyedCreateOnTheWire(store, account, key);
    }

    private static void keyedCreateOnTheWire(TaskStore store, TrackerKey account, String key) {
        assertThat(store.submissions().claim(account, key).state()).isEqualTo(Submission.State.CLAIMED);
        new CreateIntents(store, null).intend(account, SeedanceTestSupport.MODEL,
                new TrackingPolicy(Instant.now().plusSeconds(600), Duration.ofMillis(100), Duration.ofMillis(400)),
                false, key);
    }

    /** The instance that settles the dead one's create, and then gets an exchange with its key. */
    private CamelContext survivor(String kind) throws Exception {
        return survivor(kind, LEASE);
    }

    /** @param lease the survivor's own, which is also how often it settles the creates of instances gone */
    private CamelContext survivor(String kind, Duration lease) throws Exception {
        CamelContext context = new DefaultCamelContext();
        SeedanceComponent seedance = SeedanceTestSupport.component(sim);
        if (kind.equals("file")) {
            seedance.setTaskStoreDirectory(directory.toString());
        } else {
            HikariDataSource pool = DB.pool(4);
            pools.add(pool);
            seedance.setTaskStoreDataSource(pool);
            seedance.setTaskLease(lease.toMillis());
        }
        context.addComponent("seedance", seedance);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:wait").to("seedance:generate?waitForCompletion=true");
            }
        });
        context.start();
        contexts.add(context);
        return context;
    }

    private static TrackerKey account(CamelContext context) {
        return context.getEndpoint("seedance:generate", SeedanceEndpoint.class).trackerKey();
    }

    /** The dead instance's lease on the key's intent ended (a file store has no leases: the run is over). */
    private void awaitLeaseEnded(String kind) {
        if (kind.equals("jdbc")) {
            await().atMost(Duration.ofSeconds(30)).until(() -> DB.rows("seedance_intent WHERE intent LIKE '%" + key
                    + "%' AND lease_until < now()") == 1);
        }
    }

    /** The survivor settled the key's intent: it has its task, or is gone (settled without one: nobody to report to). */
    private void awaitSettled(String kind) {
        await().atMost(Duration.ofSeconds(15)).until(() -> kind.equals("file")
                ? new FileTaskStore(directory).intents().all().stream()
                        .noneMatch(i -> key.equals(i.submissionKey()) && !i.resolved())
                : DB.rows("seedance_intent WHERE intent LIKE '%" + key + "%' AND task_id IS NULL") == 0);
    }

    private Exchange sendWithKey(CamelContext context, String prompt) {
        return sendWithKey(context, prompt, key);
    }

    private static Exchange sendWithKey(CamelContext context, String prompt, String key) {
        return context.createProducerTemplate().request("direct:wait", e -> {
            e.getMessage().setBody(prompt);
            e.getMessage().setHeader(SeedanceConstants.SUBMISSION_KEY, key);
        });
    }

    private int creates() {
        return sim.simulator().requests("POST", SeedanceTestSupport.TASKS).size();
    }

    /** An instance, in a JVM of its own, sending a create under the key; killed while it waits for the answer. */
    private Process keyedCreateInstance(String kind, String prompt) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), KeyedCreateInstance.class.getName(),
                sim.baseUrl("byteplus"), SeedanceTestSupport.KEY, key, prompt));
        command.addAll(kind.equals("file")
                ? List.of("file", directory.toString())
                : List.of("jdbc", DB.jdbcUrl(), DB.user(), DB.password(), Long.toString(LEASE.toMillis())));
        // its log stays under target/ for a look after a failure
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(Path.of("target", "lost-key-instance-" + kind + ".log").toFile()).start();
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
        awaitLeaseEnded(kind);

        CamelContext survivor = survivor(kind);
        awaitSettled(kind);
        Exchange next = sendWithKey(survivor, "A lighthouse in a storm");

        assertThat(next.getException()).isNull();
        assertThat(next.getMessage().getHeader(SeedanceConstants.SUBMISSION_ADOPTED, Boolean.class)).isTrue();
        assertThat(next.getMessage().getHeader(SeedanceConstants.TASK_ID)).isEqualTo(made);
        assertThat(creates()).as("the killed instance's create only").isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc", "file"})
    void theTaskTheSettlingFindsIsAdoptedByTheKeysNextExchange(String kind) throws Exception {
        CamelContext maker = maker();
        TaskStore dead = deadInstanceStore(kind);
        keyedCreateOnTheWire(dead, account(maker));
        String made = make(maker, "A lighthouse in a storm");
        awaitLeaseEnded(kind);

        CamelContext survivor = survivor(kind);
        awaitSettled(kind);
        Exchange next = sendWithKey(survivor, "A lighthouse in a storm");

        assertThat(next.getException()).isNull();
        assertThat(next.getMessage().getHeader(SeedanceConstants.SUBMISSION_ADOPTED, Boolean.class)).isTrue();
        assertThat(next.getMessage().getHeader(SeedanceConstants.TASK_ID)).isEqualTo(made);
        assertThat(next.getMessage().getBody(VideoTask.class).status()).isEqualTo(TaskStatus.SUCCEEDED);
        assertThat(creates()).as("the dead instance's create only").isEqualTo(1);
    }

    @Test
    void theKeysNextExchangeSettlesTheLostCreateWhenNoSettlingRoundHasYet() throws Exception {
        CamelContext maker = maker();
        // the dead instance's lease ends after the survivor started, whose own rounds come only every minute
        JdbcTaskStore dead = new JdbcTaskStore(DB.dataSource(), Duration.ofSeconds(10), "gone-" + UUID.randomUUID());
        dead.open();
        keyedCreateOnTheWire(dead, account(maker));
        String made = make(maker, "A lighthouse in a storm");
        CamelContext survivor = survivor("jdbc", Duration.ofMinutes(1));
        assertThat(DB.rows("seedance_intent WHERE intent LIKE '%" + key + "%' AND task_id IS NULL"))
                .as("not settled at the survivor's start: the dead instance's lease had not ended").isEqualTo(1);
        awaitLeaseEnded("jdbc");

        Exchange next = sendWithKey(survivor, "A lighthouse in a storm");

        assertThat(next.getException()).isNull();
        assertThat(next.getMessage().getHeader(SeedanceConstants.SUBMISSION_ADOPTED, Boolean.class)).isTrue();
        assertThat(next.getMessage().getHeader(SeedanceConstants.TASK_ID)).isEqualTo(made);
        assertThat(creates()).as("the dead instance's create only").isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc", "file"})
    void whenTheSettlingFindsNoTaskTheKeyStaysLostAndSaysSo(String kind) throws Exception {
        CamelContext maker = maker();
        TaskStore dead = deadInstanceStore(kind);
        // the create never reached the provider, or reached it later than its list shows: which, nothing can tell
        keyedCreateOnTheWire(dead, account(maker));
        awaitLeaseEnded(kind);

        CamelContext survivor = survivor(kind);
        awaitSettled(kind);
        Exchange next = sendWithKey(survivor, "A lighthouse in a storm");

        assertThat(next.getException()).isInstanceOf(SeedanceOutcomeUnknownException.class)
                .hasMessageContaining("submission key '" + key + "'")
                .hasMessageContaining("no task unknown here was created at that time");
        assertThat(((SeedanceOutcomeUnknownException) next.getException()).candidateTaskIds()).isEmpty();
        assertThat(creates()).as("nothing sent under the lost key").isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc", "file"})
    void whenTheSettlingFindsSeveralCandidatesTheKeyStaysLostAndNamesThem(String kind) throws Exception {
        CamelContext maker = maker();
        TaskStore dead = deadInstanceStore(kind);
        keyedCreateOnTheWire(dead, account(maker));
        // the dead instance's create, and one another client of the account sent at the same time
        String first = make(maker, "A lighthouse in a storm");
        String second = make(maker, "A harbour at dawn");
        awaitLeaseEnded(kind);

        CamelContext survivor = survivor(kind);
        awaitSettled(kind);
        Exchange next = sendWithKey(survivor, "A lighthouse in a storm");

        assertThat(next.getException()).isInstanceOf(SeedanceOutcomeUnknownException.class)
                .hasMessageContaining("submission key '" + key + "'").hasMessageContaining(first)
                .hasMessageContaining(second);
        assertThat(((SeedanceOutcomeUnknownException) next.getException()).candidateTaskIds())
                .containsExactlyInAnyOrder(first, second);
        assertThat(creates()).as("the two made before, nothing under the lost key").isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc", "file"})
    void keyedCreatesCutOffTogetherAreNotMatchedByTheirTimesAndNameTheirCandidates(String kind) throws Exception {
        CamelContext maker = maker();
        TaskStore dead = deadInstanceStore(kind);
        String otherKey = "order-" + UUID.randomUUID();
        // two creates on the wire at once: which task is whose, their times cannot tell (concurrent POSTs cross)
        keyedCreateOnTheWire(dead, account(maker));
        keyedCreateOnTheWire(dead, account(maker), otherKey);
        String first = make(maker, "A lighthouse in a storm");
        String second = make(maker, "A harbour at dawn");
        awaitLeaseEnded(kind);

        CamelContext survivor = survivor(kind);
        awaitSettled(kind);
        List<Exchange> next = List.of(sendWithKey(survivor, "A lighthouse in a storm"),
                sendWithKey(survivor, "A harbour at dawn", otherKey));

        assertThat(next).allSatisfy(e -> {
            assertThat(e.getException()).isInstanceOf(SeedanceOutcomeUnknownException.class)
                    .hasMessageContaining("cannot be told apart");
            assertThat(((SeedanceOutcomeUnknownException) e.getException()).candidateTaskIds())
                    .containsExactlyInAnyOrder(first, second);
        });
        assertThat(creates()).as("the two made before, nothing under the lost keys").isEqualTo(2);
    }
}
