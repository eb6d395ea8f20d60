package io.camelseedance.api;

/**
 * The provider-neutral life-cycle state of a generation task. Each provider's status words map onto these.
 */
public enum TaskStatus {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED,
    CANCELLED,
    EXPIRED,
    /** A status word this version does not know: treated as still in flight until the task's deadline. */
    UNKNOWN;

    public boolean isTerminal() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED || this == EXPIRED;
    }
}
