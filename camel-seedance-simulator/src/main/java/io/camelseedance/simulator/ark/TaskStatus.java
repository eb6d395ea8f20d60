package io.camelseedance.simulator.ark;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** The status words of an Ark task and which changes between them are possible. */
enum TaskStatus {
    QUEUED("queued"),
    RUNNING("running"),
    SUCCEEDED("succeeded"),
    FAILED("failed"),
    CANCELLED("cancelled"),
    EXPIRED("expired");

    private final String wire;

    TaskStatus(String wire) {
        this.wire = wire;
    }

    String wire() {
        return wire;
    }

    static Optional<TaskStatus> fromWire(String word) {
        return Arrays.stream(values()).filter(status -> status.wire.equals(word)).findFirst();
    }

    /** Only a queued task can be cancelled, and expiry can catch a task in either live status. */
    boolean canMoveTo(TaskStatus next) {
        return switch (this) {
            case QUEUED -> Set.of(RUNNING, CANCELLED, EXPIRED).contains(next);
            case RUNNING -> Set.of(SUCCEEDED, FAILED, EXPIRED).contains(next);
            default -> false;
        };
    }

    /** Whether the task is still to end: queued or running. */
    boolean isLive() {
        return this == QUEUED || this == RUNNING;
    }

    /** The provider retries only callbacks that carry a result the receiver must not miss. */
    boolean callbackRetried() {
        return this == SUCCEEDED || this == FAILED;
    }
}
