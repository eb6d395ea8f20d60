package io.camelseedance.tracking;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which instance reads the provider for the tasks of a {@link SharedTaskStore}, account by account, and what the
 * reader is to read. One instance at a time reads every task of an account in flight in the store, in full batches,
 * and records the outcomes for their holders; the others read none of their stored tasks of that account. Each
 * instance polling only the tasks it holds would pay a partial batch per instance in every round where its share is
 * not a multiple of the batch.
 * <p>
 * The reader learns the tasks held elsewhere incrementally: those stored since its last look (on the store's clock,
 * less a margin for inserts that committed late), and all of them once per {@code fullLookEvery}, which also tells it
 * which ended elsewhere. Used by the store's sync thread only; the tracker's poller asks {@link #readElsewhere}.
 */
final class SharedReads {

    private static final Logger LOG = LoggerFactory.getLogger(SharedReads.class);

    /** How far back an incremental look reaches before the last one: an insert slower than this waits for a full look. */
    private static final Duration LATE_INSERT_MARGIN = Duration.ofSeconds(2);

    private final SharedTaskStore store;
    private final Duration readingLease;
    private final Duration fullLookEvery;
    private volatile Set<TrackerKey> readHere = Set.of();
    private volatile Set<TrackerKey> readElsewhere = Set.of();
    /**
     * Until when this instance surely still reads (its last claim was sent then plus the lease): a reader whose syncs
     * are held up (its pool busy, a pause) stops reading others' tasks on its own, rather than reading them with the
     * instance that took the reading over.
     */
    private volatile Instant readUntil = Instant.EPOCH;
    private Instant lastLook;
    private Instant nextFullLook = Instant.EPOCH;

    /**
     * @param readingLease  how long a reader keeps the reading without renewing it: how long the tasks of its account
     *                      may go unread when it dies
     * @param fullLookEvery how often the reader reads every task held elsewhere, not only the new ones
     */
    SharedReads(SharedTaskStore store, Duration readingLease, Duration fullLookEvery) {
        this.store = store;
        this.readingLease = readingLease;
        this.fullLookEvery = fullLookEvery;
    }

    /**
     * The tasks this instance is to read for others.
     *
     * @param complete whether these are all of them (a task read before and not among them has ended elsewhere)
     */
    record Found(List<TrackedTask> tasks, boolean complete) {
    }

    /**
     * Takes or renews the reading of these accounts (those this instance has clients for), and returns the tasks held
     * elsewhere that it is to read for them.
     */
    Found sync(Set<TrackerKey> keys, Instant now) {
        Instant sent = Instant.now();
        Set<TrackerKey> reading = store.claimReading(keys, readingLease);
        readUntil = sent.plus(readingLease);
        Set<TrackerKey> elsewhere = new HashSet<>(keys);
        elsewhere.removeAll(reading);
        boolean gained = !readHere.containsAll(reading);
        if (gained || !reading.containsAll(readHere)) {
            LOG.info("Reading the Seedance tasks of every instance for {} account(s) of {}", reading.size(),
                    keys.size());
        }
        readHere = Set.copyOf(reading);
        readElsewhere = Set.copyOf(elsewhere);
        if (reading.isEmpty()) {
            lastLook = null;
            return new Found(List.of(), true);
        }
        boolean full = gained || lastLook == null || !now.isBefore(nextFullLook);
        SharedTaskStore.HeldElsewhere held = store.heldElsewhere(reading,
                full ? null : lastLook.minus(LATE_INSERT_MARGIN));
        lastLook = held.asOf();
        if (full) {
            nextFullLook = now.plus(fullLookEvery);
        }
        return new Found(held.tasks(), full);
    }

    /** The store failed: until it answers again, every instance reads the tasks it holds. */
    void lost() {
        readHere = Set.of();
        readElsewhere = Set.of();
        lastLook = null;
    }

    /** Whether this instance reads the tasks of {@code key} held elsewhere. */
    boolean readsHere(TrackerKey key) {
        return readHere.contains(key) && Instant.now().isBefore(readUntil);
    }

    /** Whether another instance reads the tasks of {@code key} that this instance holds in the store. */
    boolean readElsewhere(TrackerKey key) {
        return readElsewhere.contains(key);
    }
}
