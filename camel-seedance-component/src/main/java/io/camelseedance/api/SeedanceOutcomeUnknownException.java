package io.camelseedance.api;

import java.util.List;

/**
 * A create call was sent but its answer was lost (timeout, 5xx, broken connection): the provider may or may not have
 * accepted, and charged for, the task. The client looks for the task before raising this (a re-send with the same
 * idempotency key where the provider has one, a search of the provider's task list where it has one); this is what
 * is left when neither settled it. When the search found several tasks that could be this one,
 * {@link #candidateTaskIds()} names them; check them before submitting again.
 */
public class SeedanceOutcomeUnknownException extends SeedanceException {

    private final String reason;
    private final String finding;
    private final List<String> candidateTaskIds;

    public SeedanceOutcomeUnknownException(String provider, String reason, Throwable cause) {
        this("Seedance " + provider + " create outcome unknown: " + reason
                + ". The task may have been created and billed; it was not re-sent. List the provider's tasks before"
                + " submitting again.", reason, "no search of the provider's tasks settled it", List.of(), cause);
    }

    private SeedanceOutcomeUnknownException(String message, String reason, String finding,
            List<String> candidateTaskIds, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.finding = finding;
        this.candidateTaskIds = List.copyOf(candidateTaskIds);
    }

    /** The answer was lost to the create and to every re-send of it with the same idempotency key. */
    public static SeedanceOutcomeUnknownException afterResends(String provider, String reason, int resends,
            Throwable cause) {
        return new SeedanceOutcomeUnknownException("Seedance " + provider + " create outcome unknown: " + reason
                + ", also after " + resends + " re-send(s) with the same idempotency key. At most one task was"
                + " created and billed; check the provider's tasks before submitting again.", reason,
                "the answer was lost to " + resends + " re-send(s) with the same idempotency key too", List.of(),
                cause);
    }

    /**
     * The answer was lost, and the provider's task list did not settle which task it made.
     *
     * @param finding          what the search found, for the message
     * @param candidateTaskIds the unclaimed tasks that match the request; empty when none did
     */
    public static SeedanceOutcomeUnknownException afterSearch(String provider, String reason, String finding,
            List<String> candidateTaskIds, Throwable cause) {
        String candidates = candidateTaskIds.isEmpty()
                ? ""
                : " Candidate tasks: " + String.join(", ", candidateTaskIds) + ".";
        return new SeedanceOutcomeUnknownException("Seedance " + provider + " create outcome unknown: " + reason
                + "; " + finding + ". It was not re-sent." + candidates, reason, finding, candidateTaskIds, cause);
    }

    /** How the answer was lost, e.g. {@code HTTP 502 answer}. */
    public String reason() {
        return reason;
    }

    /** What looking for the task found, e.g. that several tasks match it, or that no search settled it. */
    public String finding() {
        return finding;
    }

    /**
     * The tasks the provider's list showed that match the lost create and that no other submission of this
     * component has claimed: one of them may be the one this create made. Empty when no search was made or none
     * matched.
     */
    public List<String> candidateTaskIds() {
        return candidateTaskIds;
    }
}
