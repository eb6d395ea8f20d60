package io.camelseedance.simulator.task;

import java.util.Set;

/**
 * Where a simulated task stands, whatever the provider calls it: each simulated provider renders these phases in
 * its own status words (Ark {@code running}, EvoLink and APIMart {@code processing}, ...).
 */
public enum TaskPhase {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED,
    CANCELLED,
    EXPIRED;

    /** Only a queued task can be cancelled, and expiry can catch a task in either live phase. */
    public boolean canMoveTo(TaskPhase next) {
        return switch (this) {
            case QUEUED -> Set.of(RUNNING, CANCELLED, EXPIRED).contains(next);
            case RUNNING -> Set.of(SUCCEEDED, FAILED, EXPIRED).contains(next);
            default -> false;
        };
    }

    /** Whether the task has stopped for good. */
    public boolean isFinal() {
        return this != QUEUED && this != RUNNING;
    }
}
