package io.camelseedance.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.camelseedance.api.VideoTask;

/**
 * Which task belongs to which of an account's submissions, as far as the component knows: the tasks a create was
 * answered with or a lost create adopted (claimed), the tasks offered as candidates to a lost create that could not
 * tell them apart (disputed: no later search may adopt them, since one of them may be that create's), and the lost
 * creates being settled now (rivals for the same tasks). A search for a lost create skips claimed tasks and adopts
 * one only when no rival could be its owner, so that it never adopts a task another submission made. Share one
 * instance among the clients of one account. Claims and disputes older than a day are forgotten, long after any lost
 * create's search window has passed.
 * <p>
 * The old ones are looked for when the ids remembered pass a limit, which then becomes twice what is left: a claim
 * costs the same at 100,000 tasks a day as at 100. (With a fixed limit of 10,000, every claim past it scanned all
 * the claims of the day: at 68,000 waiting exchanges the 10 worker threads did nothing else, and creates were
 * answered 30 a second.)
 */
public final class TaskClaims {

    private static final Duration KEPT = Duration.ofDays(1);
    private static final int PRUNE_ABOVE = 10_000;

    private final Remembered claimed = new Remembered();
    private final Remembered disputed = new Remembered();
    private final Set<LostCreate> settling = ConcurrentHashMap.newKeySet();
    private final Clock clock;

    public TaskClaims() {
        this(Clock.systemUTC());
    }

    TaskClaims(Clock clock) {
        this.clock = clock;
    }

    /** Claims the task; returns false when it was claimed already (by another submission). */
    public boolean claim(String taskId) {
        return claimed.add(taskId, clock.instant());
    }

    public boolean isClaimed(String taskId) {
        return claimed.ids.containsKey(taskId);
    }

    /** Whether the task was offered to a lost create as one of several that could be its own. */
    boolean isDisputed(String taskId) {
        return disputed.ids.containsKey(taskId);
    }

    /** The tasks were offered as candidates to a lost create: none of them may be adopted by a later one. */
    void dispute(List<String> taskIds) {
        Instant now = clock.instant();
        taskIds.forEach(id -> disputed.add(id, now));
    }

    /** A lost create begins to be settled; it is a rival of every other until {@link #settled}. */
    void settling(LostCreate lostCreate) {
        settling.add(lostCreate);
    }

    void settled(LostCreate lostCreate) {
        settling.remove(lostCreate);
    }

    /** Whether another lost create being settled now could own the task. */
    boolean rivalCouldOwn(LostCreate self, VideoTask task) {
        return settling.stream().anyMatch(other -> other != self && other.couldOwn(task));
    }

    /** How many claims are remembered, and above how many the old ones are looked for: for tests. */
    int claimsRemembered() {
        return claimed.ids.size();
    }

    int claimsPrunedAbove() {
        return claimed.pruneAbove.get();
    }

    /** Task ids with when they were remembered. */
    private static final class Remembered {
        final Map<String, Instant> ids = new ConcurrentHashMap<>();
        final AtomicInteger pruneAbove = new AtomicInteger(PRUNE_ABOVE);

        boolean add(String taskId, Instant now) {
            int limit = pruneAbove.get();
            // one thread prunes; the others go on meanwhile
            if (ids.size() > limit && pruneAbove.compareAndSet(limit, Integer.MAX_VALUE)) {
                Instant forgotten = now.minus(KEPT);
                ids.values().removeIf(at -> at.isBefore(forgotten));
                pruneAbove.set(Math.max(PRUNE_ABOVE, 2 * ids.size()));
            }
            return ids.putIfAbsent(taskId, now) == null;
        }
    }
}
