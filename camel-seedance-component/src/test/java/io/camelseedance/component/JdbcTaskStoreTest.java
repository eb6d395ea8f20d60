package io.camelseedance.component;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelseedance.api.TaskStatus;
import io.camelseedance.api.VideoTask;
import io.camelseedance.tracking.EmissionClaim;
import io.camelseedance.tracking.JdbcTaskStore;
import io.camelseedance.tracking.SharedTaskStore.Claimed;
import io.camelseedance.tracking.TaskStoreException;
import io.camelseedance.tracking.TrackedOutcome;
import io.camelseedance.tracking.TrackedTask;
import io.camelseedance.tracking.TrackerKey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The JDBC task store on a real PostgreSQL, as two or three instances see it: the schema made when absent, tasks held
 * by one instance at a time, taken over when a lease ends, finished and emitted once.
 */
class JdbcTaskStoreTest {

    @RegisterExtension
    static final PostgresDatabase DB = new PostgresDatabase();

    /** Every table of the store. */
    private static final List<String> TABLES = List.of("seedance_task", "seedance_outcome", "seedance_emission",
            "seedance_submission", "seedance_intent", "seedance_budget", "seedance_budget_reservation",
            "seedance_slot", "seedance_reader");
    private static final TrackerKey CLIENT = TrackerKey.of("byteplus", "http://127.0.0.1:1/api/v3", "a-key");
    private static final Duration LEASE = Duration.ofSeconds(1);

    private JdbcTaskStore a;
    private JdbcTaskStore b;

    @BeforeEach
    void emptyStore() throws Exception {
        a = new JdbcTaskStore(DB.dataSource(), LEASE, "a");
        b = new JdbcTaskStore(DB.dataSource(), LEASE, "b");
        a.open();
        b.open();
        sql("TRUNCATE " + String.join(", ", TABLES));
    }

    private static TrackedTask tracked(String id, boolean keepOutcome) {
        return new TrackedTask(id, CLIENT, Instant.now(), Instant.now().plusSeconds(600), Duration.ofMillis(100),
                Duration.ofSeconds(1), keepOutcome);
    }

    private static VideoTask done(String id) {
        return VideoTask.builder().id(id).provider("byteplus").model("dreamina-seedance-2-0-260128")
                .status(TaskStatus.SUCCEEDED).progress(100).createdAt(Instant.now()).updatedAt(Instant.now()).build();
    }

    private static long count(String sql) throws Exception {
        try (Connection c = DB.dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static void sql(String sql) throws Exception {
        try (Connection c = DB.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Test
    void createsItsTablesWhenAbsentAndOpensAgainOverThem() throws Exception {
        sql("DROP TABLE " + String.join(", ", TABLES));
        JdbcTaskStore fresh = new JdbcTaskStore(DB.dataSource(), LEASE, "fresh");
        fresh.open();
        fresh.inFlight().put("t-1", tracked("t-1", true));
        new JdbcTaskStore(DB.dataSource(), LEASE, "again").open(); // the script runs again over existing tables

        assertThat(fresh.inFlight().all()).extracting(TrackedTask::id).containsExactly("t-1");
        assertThat(count("SELECT count(*) FROM information_schema.tables WHERE table_name LIKE 'seedance_%'"))
                .isEqualTo(TABLES.size());
    }

    @Test
    void theTablesAreCreatedOnceWhenInstancesOpenTogether() throws Exception {
        sql("DROP TABLE " + String.join(", ", TABLES));
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Object>> opened = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                JdbcTaskStore store = new JdbcTaskStore(DB.dataSource(), LEASE, "i" + i);
                opened.add(threads.submit((Callable<Object>) () -> {
                    store.open();
                    return null;
                }));
            }
            for (Future<Object> f : opened) {
                f.get(); // none fails on a table another created meanwhile
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(count("SELECT count(*) FROM seedance_task")).isZero();
    }

    @Test
    void anUnreachableDatabaseFailsTheOpenWithItsReason() throws Exception {
        JdbcTaskStore store = new JdbcTaskStore(PostgresDatabase.unreachable(), LEASE, "x");
        assertThatThrownBy(store::open).isInstanceOf(TaskStoreException.class)
                .hasMessageContaining("Seedance task store: cannot create the task store's tables")
                .hasMessageContaining("Connection to 127.0.0.1:").hasMessageNotContaining("not-logged-s3cret");
    }

    @Test
    void aTaskIsHeldByItsCreatorAndTakenOverWhenItsLeaseEnds() {
        a.inFlight().put("t-1", tracked("t-1", false));
        assertThat(b.claim(Set.of(CLIENT), 10)).as("held by a").isEmpty();

        // a dies: it renews nothing more; b takes the task over once the lease has ended
        await().atMost(Duration.ofSeconds(5)).until(() -> !b.claim(Set.of(CLIENT), 10).isEmpty());
        assertThat(a.claim(Set.of(CLIENT), 10)).as("held by b now").isEmpty();
    }

    @Test
    void renewingKeepsATaskAndReleasingHandsItOverAtOnce() throws Exception {
        a.inFlight().put("t-1", tracked("t-1", false));
        Thread.sleep(LEASE.toMillis() / 2);
        a.renew();
        Thread.sleep(LEASE.toMillis() / 2 + 200);
        assertThat(b.claim(Set.of(CLIENT), 10)).as("renewed by a").isEmpty();

        a.release();
        assertThat(b.claim(Set.of(CLIENT), 10)).extracting(c -> c.task().id()).containsExactly("t-1");
    }

    @Test
    void claimsAreSplitWithoutOverlap() throws Exception {
        JdbcTaskStore creator = new JdbcTaskStore(DB.dataSource(), LEASE, "creator");
        IntStream.range(0, 300).forEach(i -> creator.inFlight().put("t-" + i, tracked("t-" + i, false)));
        creator.release();
        List<JdbcTaskStore> instances = List.of(a, b, new JdbcTaskStore(DB.dataSource(), LEASE, "c"));
        ExecutorService threads = Executors.newFixedThreadPool(3);
        List<String> taken = new ArrayList<>();
        try {
            List<Future<List<Claimed>>> rounds = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (JdbcTaskStore instance : instances) {
                    rounds.add(threads.submit(() -> instance.claim(Set.of(CLIENT), 40)));
                }
            }
            for (Future<List<Claimed>> round : rounds) {
                round.get().forEach(c -> taken.add(c.task().id()));
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(taken).hasSize(300).doesNotHaveDuplicates();
        assertThat(a.claim(Set.of(TrackerKey.of("byteplus", "http://127.0.0.1:1/api/v3", "another-key")), 10))
                .as("only tasks of the accounts asked for").isEmpty();
    }

    @Test
    void aTaskIsFinishedOnceAndItsOutcomeKeptOnce() throws Exception {
        a.inFlight().put("t-1", tracked("t-1", true));
        assertThat(a.finish(tracked("t-1", true), done("t-1"))).isTrue();
        assertThat(b.finish(tracked("t-1", true), done("t-1"))).as("finished already").isFalse();
        assertThat(count("SELECT count(*) FROM seedance_task")).isZero();
        assertThat(a.outcomes().all()).extracting(o -> o.task().id()).containsExactly("t-1");

        a.inFlight().put("t-2", tracked("t-2", false));
        a.finish(tracked("t-2", false), done("t-2"));
        assertThat(a.outcomes().all()).as("no consumer asked for t-2").extracting(o -> o.task().id())
                .containsExactly("t-1");
    }

    @Test
    void anOutcomeRecordedElsewhereReachesTheHolder() {
        a.inFlight().put("t-1", tracked("t-1", true));
        assertThat(b.settle(done("t-1"))).isTrue();
        assertThat(b.settle(done("t-1"))).as("recorded already").isFalse();
        assertThat(b.settle(done("unknown"))).as("not in flight").isFalse();

        assertThat(b.settledHere()).isEmpty();
        assertThat(a.settledHere()).singleElement().satisfies(c -> {
            assertThat(c.task().id()).isEqualTo("t-1");
            assertThat(c.outcome().status()).isEqualTo(TaskStatus.SUCCEEDED);
        });
    }

    @Test
    void anOutcomeIsClaimedByOneInstanceAndReleasedWhenItsEmissionFails() {
        a.outcomes().put("t-1", new TrackedOutcome(CLIENT, done("t-1")));
        assertThat(a.claimOutcome("t-1")).isEqualTo(EmissionClaim.FIRST);
        assertThat(b.claimOutcome("t-1")).isEqualTo(EmissionClaim.REFUSED);
        assertThat(b.outcomes().all()).as("claimed outcomes are not offered").isEmpty();

        a.releaseOutcome("t-1");
        assertThat(b.claimOutcome("t-1")).isEqualTo(EmissionClaim.FIRST);
        b.outcomes().remove("t-1");
        assertThat(a.claimOutcome("t-1")).as("emitted and gone").isEqualTo(EmissionClaim.REFUSED);
    }

    @Test
    void anOutcomeClaimOfAnInstanceThatDiedEnds() {
        a.outcomes().put("t-1", new TrackedOutcome(CLIENT, done("t-1")));
        assertThat(a.claimOutcome("t-1")).isEqualTo(EmissionClaim.FIRST);
        await().atMost(Duration.ofSeconds(5)).until(() -> b.claimOutcome("t-1") == EmissionClaim.TAKEN_OVER);
    }

    @Test
    void anEmissionIsClaimedOncePerConsumerAndKeptWhenConfirmed() {
        assertThat(a.claimEmission("route-1", "t-1")).isEqualTo(EmissionClaim.FIRST);
        assertThat(b.claimEmission("route-1", "t-1")).isEqualTo(EmissionClaim.REFUSED);
        assertThat(b.claimEmission("route-2", "t-1")).as("another consumer").isEqualTo(EmissionClaim.FIRST);
        assertThat(b.hasEmission("route-1", "t-1")).isTrue();

        a.releaseEmission("route-1", "t-1");
        assertThat(b.claimEmission("route-1", "t-1")).isEqualTo(EmissionClaim.FIRST);
        b.confirmEmission("route-1", "t-1");
        b.releaseEmission("route-1", "t-1"); // a confirmed emission stays
        assertThat(a.claimEmission("route-1", "t-1")).isEqualTo(EmissionClaim.REFUSED);

        b.clearEmissions("route-1");
        assertThat(a.hasEmission("route-1", "t-1")).isFalse();
    }

    @Test
    void anUnconfirmedEmissionOfAnInstanceThatDiedEnds() {
        assertThat(a.claimEmission("route-1", "t-1")).isEqualTo(EmissionClaim.FIRST);
        await().atMost(Duration.ofSeconds(5))
                .until(() -> b.claimEmission("route-1", "t-1") == EmissionClaim.TAKEN_OVER);
    }
}
