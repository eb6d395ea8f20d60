package io.camelseedance.examples.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelseedance.component.PostgresDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The inbox claims of several instances in one PostgreSQL: one holder per file, leases, and who may release what. */
class InboxClaimsTest {

    @RegisterExtension
    static final PostgresDatabase DB = new PostgresDatabase();

    private final List<InboxClaims> started = new ArrayList<>();

    @AfterEach
    void stopAll() {
        started.forEach(InboxClaims::stop);
    }

    @Test
    void instancesClaimingTheSameFilesAtOnceGetEachFileOnce() throws Exception {
        InboxClaims a = start("a", Duration.ofSeconds(30));
        InboxClaims b = start("b", Duration.ofSeconds(30));
        List<String> keys = IntStream.range(0, 300).mapToObj(i -> "race-" + i).toList();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> byA = pool.submit(claimAll(a, keys));
            Future<?> byB = pool.submit(claimAll(b, keys));
            byA.get();
            byB.get();
        } finally {
            pool.shutdownNow();
        }
        assertThat(a.held()).filteredOn(b.held()::contains).isEmpty();
        assertThat(a.held().size() + b.held().size()).isEqualTo(keys.size());
    }

    @Test
    void anInstanceWhoseClaimWasTakenOverCannotFreeTheNewHoldersClaim() {
        Duration lease = Duration.ofMillis(900);
        // not started, so it does not renew: a long pause, after which it still believes it holds the file
        InboxClaims paused = new InboxClaims(DB.dataSource(), lease, "paused");
        InboxClaims b = start("b", Duration.ofSeconds(30));
        InboxClaims c = start("c", Duration.ofSeconds(30));
        assertThat(paused.add("cat.txt")).isTrue();
        await().atMost(Duration.ofSeconds(20)).until(() -> b.add("cat.txt"));

        // stopping, it releases what it believes it holds
        paused.start();
        paused.stop();

        assertThat(c.add("cat.txt")).as("b's claim still holds").isFalse();
        assertThat(b.held()).containsExactly("cat.txt");
    }

    @Test
    void aClaimIsKeptByRenewalsAndTakenOverWhenItsHolderStopsRenewing() {
        Duration lease = Duration.ofMillis(900);
        InboxClaims alive = start("alive", lease);
        // never started: it claims, and never renews, like an instance killed right after its claim
        InboxClaims dead = new InboxClaims(DB.dataSource(), lease, "dead");
        InboxClaims other = start("other", lease);
        assertThat(alive.add("kept.txt")).isTrue();
        assertThat(dead.add("orphan.txt")).isTrue();

        await().atMost(Duration.ofSeconds(20)).until(() -> other.add("orphan.txt"));
        // three leases later the renewed claim still holds
        long until = System.nanoTime() + 3 * lease.toNanos();
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    assertThat(other.add("kept.txt")).as("a renewed claim").isFalse();
                    return System.nanoTime() > until;
                });
    }

    @Test
    void aReleasedFileStaysTakenForALeaseThenMayBeClaimedAgain() {
        InboxClaims a = start("a", Duration.ofMillis(900));
        InboxClaims b = start("b", Duration.ofMillis(900));
        assertThat(a.add("again.txt")).isTrue();

        a.confirm("again.txt");

        assertThat(a.held()).isEmpty();
        // an instance that listed the file just before it moved to done/ cannot take it at once
        assertThat(b.add("again.txt")).isFalse();
        await().atMost(Duration.ofSeconds(20)).until(() -> b.add("again.txt"));
    }

    private InboxClaims start(String id, Duration lease) {
        InboxClaims claims = new InboxClaims(DB.dataSource(), lease, id);
        claims.start();
        started.add(claims);
        return claims;
    }

    private static Callable<Void> claimAll(InboxClaims claims, List<String> keys) {
        return () -> {
            keys.forEach(claims::add);
            return null;
        };
    }
}
