package io.camelseedance.api;

/**
 * A create call was sent but its answer was lost (timeout, 5xx, broken connection): the provider may or may not have
 * accepted, and charged for, the task. It is never re-sent automatically, except to a provider that collapses
 * creates with one idempotency key into one task, and then only with that key; check the provider's task list
 * before submitting again.
 */
public class SeedanceOutcomeUnknownException extends SeedanceException {

    public SeedanceOutcomeUnknownException(String provider, String reason, Throwable cause) {
        this("Seedance " + provider + " create outcome unknown: " + reason
                + ". The task may have been created and billed; it was not re-sent. List the provider's tasks before"
                + " submitting again.", cause);
    }

    private SeedanceOutcomeUnknownException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The answer was lost to the create and to every re-send of it with the same idempotency key. */
    public static SeedanceOutcomeUnknownException afterResends(String provider, String reason, int resends,
            Throwable cause) {
        return new SeedanceOutcomeUnknownException("Seedance " + provider + " create outcome unknown: " + reason
                + ", also after " + resends + " re-send(s) with the same idempotency key. At most one task was"
                + " created and billed; check the provider's tasks before submitting again.", cause);
    }
}
