package io.camelseedance.api;

/**
 * A create call was sent but its answer was lost (timeout, 5xx, broken connection): the provider may or may not have
 * accepted, and charged for, the task. It is never re-sent automatically; check the provider's task list before
 * submitting again.
 */
public class SeedanceOutcomeUnknownException extends SeedanceException {

    public SeedanceOutcomeUnknownException(String provider, String reason, Throwable cause) {
        super("Seedance " + provider + " create outcome unknown: " + reason
              + ". The task may have been created and billed; it was not re-sent. List the provider's tasks before"
              + " submitting again.", cause);
    }
}
