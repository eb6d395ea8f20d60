package io.camelseedance.component;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

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
 * Starts what a test of keyed creates cut off on the wire needs: the store as the instance that died left it (PostgreSQL,
 * {@code jdbc}) or the run that stopped (files, {@code file}), with its keyed creates on the wire; a maker that creates
 * tasks at the provider and nowhere else, as those creates did; and the surviving instances that settle them and get
 * the keys' next exchanges ({@code direct:wait}). Stops them after each test.
 */
final class SurvivingInstances implements AfterEachCallback {

    /** The dead instance's lease, and the survivors' unless a test names another. */
    static final Duration LEASE = Duration.ofSeconds(1);

    private final SeedanceSimulatorExtension sim;
    private final PostgresDatabase db;
    private final SharedStoreInstances apps;

    SurvivingInstances(SeedanceSimulatorExtension sim, PostgresDatabase db) {
        this.sim = sim;
        this.db = db;
        this.apps = new SharedStoreInstances(sim, db);
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        apps.afterEach(context);
    }

    /**
     * The store of {@code kind} as the dead instance left it, its creates under {@code keys} on the wire; the maker,
     * returned, is to make the tasks those creates made.
     */
    CamelContext deadInstanceWithKeyedCreates(String kind, Path directory, String... keys) throws Exception {
        CamelContext maker = maker();
        TaskStore dead = kind.equals("file") ? new FileTaskStore(directory) : deadInstanceStore(LEASE);
        for (String key : keys) {
            keyedCreateOnTheWire(dead, account(maker), key);
        }
        return maker;
    }

    /** The store of an instance that dies: it renews no lease. */
    JdbcTaskStore deadInstanceStore(Duration lease) {
        JdbcTaskStore store = new JdbcTaskStore(db.dataSource(), lease, "gone-" + UUID.randomUUID());
        store.open();
        return store;
    }

    /** The dead instance had claimed the key and recorded its create's intent, then sent the create. */
    static void keyedCreateOnTheWire(TaskStore store, TrackerKey account, String key) {
        assertThat(store.submissions().claim(account, key).state()).isEqualTo(Submission.State.CLAIMED);
        new CreateIntents(store, null).intend(account, SeedanceTestSupport.MODEL,
                new TrackingPolicy(Instant.now().plusSeconds(600), Duration.ofMillis(100), Duration.ofMillis(400)),
                false, key);
    }

    /** Makes tasks at the provider and nowhere else ({@link #make}), as a dead instance's creates did. */
    CamelContext maker() throws Exception {
        return apps.start(apps.component(), routes -> routes.from("direct:make").to("seedance:generate"));
    }

    static String make(CamelContext maker, String prompt) {
        return maker.createProducerTemplate().requestBody("direct:make", prompt, VideoTask.class).id();
    }

    /** A survivor started once the dead instance's lease on the key's create ended, and once it settled it. */
    CamelContext survivorOnceSettled(String kind, Path directory, String key) throws Exception {
        awaitLeaseEnded(kind, key);
        CamelContext survivor = survivor(kind, directory, LEASE);
        awaitSettled(kind, directory, key);
        return survivor;
    }

    /**
     * @param lease the survivor's own, which is also how often it settles the creates of instances gone
     */
    CamelContext survivor(String kind, Path directory, Duration lease) throws Exception {
        if (kind.equals("file")) {
            SeedanceComponent seedance = apps.component();
            seedance.setTaskStoreDirectory(directory.toString());
            return apps.start(seedance, SurvivingInstances::waiting);
        }
        return apps.sharing(lease, SurvivingInstances::waiting);
    }

    /** A survivor over PostgreSQL reached through {@code dataSource}. */
    CamelContext survivor(DataSource dataSource, Duration lease) throws Exception {
        SeedanceComponent seedance = apps.component();
        seedance.setTaskStoreDataSource(dataSource);
        seedance.setTaskLease(lease.toMillis());
        return apps.start(seedance, SurvivingInstances::waiting);
    }

    private static void waiting(RouteBuilder routes) {
        routes.from("direct:wait").to("seedance:generate?waitForCompletion=true");
    }

    /** A pool of connections to the test's database, closed after the test. */
    HikariDataSource pool() {
        return apps.pool();
    }

    static TrackerKey account(CamelContext context) {
        return context.getEndpoint("seedance:generate", SeedanceEndpoint.class).trackerKey();
    }

    /** The dead instance's lease on the key's intent ended (a file store has no leases: the run is over). */
    void awaitLeaseEnded(String kind, String key) {
        if (kind.equals("jdbc")) {
            await().atMost(Duration.ofSeconds(30)).until(() -> db.rows("seedance_intent WHERE intent LIKE '%" + key
                    + "%' AND lease_until < now()") == 1);
        }
    }

    /** The key's intent is settled: it has its task, or is gone (settled without one: nobody to report to). */
    void awaitSettled(String kind, Path directory, String key) {
        await().atMost(Duration.ofSeconds(15)).until(() -> kind.equals("file")
                ? new FileTaskStore(directory).intents().all().stream()
                        .noneMatch(i -> key.equals(i.submissionKey()) && !i.resolved())
                : db.rows("seedance_intent WHERE intent LIKE '%" + key + "%' AND task_id IS NULL") == 0);
    }

    static Exchange sendWithKey(CamelContext context, String prompt, String key) {
        return context.createProducerTemplate().request("direct:wait", e -> {
            e.getMessage().setBody(prompt);
            e.getMessage().setHeader(SeedanceConstants.SUBMISSION_KEY, key);
        });
    }

    int creates() {
        return sim.simulator().requests("POST", SeedanceTestSupport.TASKS).size();
    }
}
