package io.camelseedance.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The task ids an account's submissions already own: every task a create was answered with and every task a lost
 * create adopted. A search for a lost create skips them, so that it never adopts a task another submission made.
 * Share one instance among the clients of one account. Claims older than a day are forgotten, long after any lost
 * create's search window has passed.
 */
public final class TaskClaims {

    private static final Duration KEPT = Duration.ofDays(1);
    private static final int PRUNE_ABOVE = 10_000;

    private final Map<String, Instant> claimed = new ConcurrentHashMap<>();
    private final Clock clock;

    public TaskClaims() {
        this(Clock.systemUTC());
    }

    TaskClaims(Clock clock) {
        this.clock = clock;
    }

    /** Claims the task; returns false when it was claimed already (by another submission). */
    public boolean claim(String taskId) {
        Instant now = clock.instant();
        if (claimed.size() > PRUNE_ABOVE) {
            claimed.values().removeIf(at -> at.isBefore(now.minus(KEPT)));
        }
        return claimed.putIfAbsent(taskId, now) == null;
    }

    public boolean isClaimed(String taskId) {
        return claimed.containsKey(taskId);
    }
}
