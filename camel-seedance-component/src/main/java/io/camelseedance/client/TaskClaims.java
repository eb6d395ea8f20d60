package io.camelseedance.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.camelseedance.api.VideoTask;

/**
 * Which task belongs to which of an account's submissions, as far as the component knows: the tasks a create was
 * answered with or a lost create adopted (claimed), the tasks offered as candidates to a lost create that could not
 * tell them apart (disputed: no later search may adopt them, since one of them may be that create's), and the lost
 * creates being settled now (rivals for the same tasks). A search for a lost create skips claimed tasks and adopts
 * one only when no rival could be its owner, so that it never adopts a task another submission made. Share one
 * instance among the clients of one account. Claims and disputes older than a day are forgotten, long after any lost
 * create's search window has passed.
 */
public final class TaskClaims {

    private static final Duration KEPT = Duration.ofDays(1);
    private static final int PRUNE_ABOVE = 10_000;

    private final Map<String, Instant> claimed = new ConcurrentHashMap<>();
    private final Map<String, Instant> disputed = new ConcurrentHashMap<>();
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
        return remember(claimed, taskId);
    }

    public boolean isClaimed(String taskId) {
        return claimed.containsKey(taskId);
    }

    /** Whether the task was offered to a lost create as one of several that could be its own. */
    boolean isDisputed(String taskId) {
        return disputed.containsKey(taskId);
    }

    /** The tasks were offered as candidates to a lost create: none of them may be adopted by a later one. */
    void dispute(List<String> taskIds) {
        taskIds.forEach(id -> remember(disputed, id));
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

    private boolean remember(Map<String, Instant> ids, String taskId) {
        Instant now = clock.instant();
        if (ids.size() > PRUNE_ABOVE) {
            ids.values().removeIf(at -> at.isBefore(now.minus(KEPT)));
        }
        return ids.putIfAbsent(taskId, now) == null;
    }
}
