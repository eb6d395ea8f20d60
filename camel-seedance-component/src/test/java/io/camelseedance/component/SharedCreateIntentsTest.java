package io.camelseedance.component;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;

import org.apache.camel.CamelContext;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelseedance.api.SeedanceOutcomeUnknownException;
import io.camelseedance.api.VideoTask;
import io.camelseedance.simulator.SeedanceSimulatorExtension;
import io.camelseedance.tracking.CreateIntent;
import io.camelseedance.tracking.CreateIntents;
import io.camelseedance.tracking.JdbcTaskStore;
import io.camelseedance.tracking.TrackerKey;
import io.camelseedance.tracking.TrackingPolicy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Create intents in PostgreSQL: the creates an instance had on the wire when it died are settled by another instance
 * once the dead one's lease ended, whether that instance starts afterwards or was running already: the task the
 * create made is found and tracked (and emitted once), or the outcome reported unknown. A create on the wire at a
 * live instance is left to it. Nothing is created again.
 */
class SharedCreateIntentsTest {

    @RegisterExtension
    static final SeedanceSimulatorExtension SIM = new SeedanceSimulatorExtension(SeedanceTestSupport.simulator()
            .queuedFor(Duration.ofMillis(100)).runningFor(Duration.ofMillis(200)));

    @RegisterExtension
    static final PostgresDatabase DB = new PostgresDatabase();

    private static final Duration LEASE = Duration.ofSeconds(1);

    @RegisterExtension
    final SharedStoreInstances instances = new SharedStoreInstances(SIM, DB);

    private CamelContext maker;

    /** Creates tasks the way a create an instance sent just before it died did: at the provider, and nowhere else. */
    private CamelContext maker() throws Exception {
        return instances.start(instances.component(), routes -> routes.from("direct:make").to("seedance:generate"));
    }

    /** An instance over the shared store, with a tracked consumer that emits what it settles. */
    private CamelContext survivor() throws Exception {
        return instances.sharing(LEASE, routes -> routes.from("seedance:tasks?delay=100&bridgeErrorHandler=true")
                .routeId("emit").onException(SeedanceOutcomeUnknownException.class).handled(true).to("mock:unknown")
                .end().to("mock:done"));
    }

    /** An intent on the wire at {@code instance}, whose lease ends after {@code lease} unless it renews it. */
    private static CreateIntent onTheWire(String instance, Duration lease, TrackerKey key) {
        JdbcTaskStore store = new JdbcTaskStore(DB.dataSource(), lease, instance);
        store.open();
        return new CreateIntents(store, null).intend(key, SeedanceTestSupport.MODEL,
                new TrackingPolicy(Instant.now().plusSeconds(600), Duration.ofMillis(100), Duration.ofMillis(400)),
                true, null);
    }

    private String make(String prompt) {
        return maker.createProducerTemplate().requestBody("direct:make", prompt, VideoTask.class).id();
    }

    private static void awaitLeaseEnded(CreateIntent intent) {
        await().atMost(Duration.ofSeconds(10)).until(() -> DB.rows("seedance_intent WHERE intent_id = '"
                + intent.id() + "' AND lease_until < now()") == 1);
    }

    @Test
    void theCreatesOfAnInstanceGoneAreSettledByAnotherAndThoseOfALiveOneAreLeftToIt() throws Exception {
        maker = maker();
        TrackerKey key = maker.getEndpoint("seedance:generate", SeedanceEndpoint.class).trackerKey();
        int createsBefore = SIM.simulator().requests("POST", SeedanceTestSupport.TASKS).size();

        // an instance died with a create on the wire that made a task; another is alive with one still on the wire
        CreateIntent lost = onTheWire("gone", LEASE, key);
        String madeByLost = make("lost create 1");
        CreateIntent live = onTheWire("alive", Duration.ofMinutes(5), key);
        awaitLeaseEnded(lost);

        // a starting instance settles the dead one's create: its task is tracked, and emitted once
        CamelContext survivor = survivor();
        MockEndpoint done = survivor.getEndpoint("mock:done", MockEndpoint.class);
        await().atMost(Duration.ofSeconds(15)).until(() -> done.getReceivedCounter() == 1);
        assertThat(done.getReceivedExchanges().get(0).getMessage().getHeader(SeedanceConstants.TASK_ID))
                .isEqualTo(madeByLost);

        // an instance dies while this one runs: its create is settled too, once its lease ended
        CreateIntent lostLater = onTheWire("gone-later", LEASE, key);
        String madeByLostLater = make("lost create 2");
        await().atMost(Duration.ofSeconds(15)).until(() -> done.getReceivedCounter() == 2);
        assertThat(done.getReceivedExchanges().get(1).getMessage().getHeader(SeedanceConstants.TASK_ID))
                .isEqualTo(madeByLostLater);

        // a create that never reached the provider: its outcome is reported unknown, once
        CreateIntent neverSent = onTheWire("gone-too", LEASE, key);
        MockEndpoint unknown = survivor.getEndpoint("mock:unknown", MockEndpoint.class);
        await().atMost(Duration.ofSeconds(15)).until(() -> unknown.getReceivedCounter() == 1);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                .until(() -> done.getReceivedCounter() == 2 && unknown.getReceivedCounter() == 1);

        assertThat(holder(live)).as("the live instance's create is still its own").isEqualTo("alive");
        assertThat(taskOf(lost)).isEqualTo(madeByLost);
        assertThat(taskOf(lostLater)).isEqualTo(madeByLostLater);
        assertThat(DB.rows("seedance_intent WHERE intent_id = '" + neverSent.id() + "'")).as("reported, then gone")
                .isZero();
        assertThat(SIM.simulator().requests("POST", SeedanceTestSupport.TASKS)).as("nothing created again")
                .hasSize(createsBefore + 2);
        assertThat(DB.rows("seedance_task") + DB.rows("seedance_outcome")).isZero();
    }

    private static String holder(CreateIntent intent) throws Exception {
        return column("holder", intent);
    }

    private static String taskOf(CreateIntent intent) throws Exception {
        return column("task_id", intent);
    }

    private static String column(String column, CreateIntent intent) throws Exception {
        try (Connection c = DB.dataSource().getConnection();
                PreparedStatement s = c.prepareStatement("SELECT " + column + " FROM seedance_intent WHERE"
                        + " intent_id = ?")) {
            s.setString(1, intent.id());
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).as("intent %s kept", intent.id()).isTrue();
                return r.getString(1);
            }
        }
    }
}
