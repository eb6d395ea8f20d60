package io.camelseedance.simulator;

import java.util.OptionalInt;

/**
 * How the answer to a create is lost after the simulated service created the task: the client gets an error status
 * instead, or its connection is cut without any answer. Either way the task exists and runs (and is billed), which is
 * what a client that re-sends creates after a 5xx or a reset must be ready for.
 *
 * @param httpStatus the status answered instead of the task, or empty when the connection is cut
 */
public record AnswerLoss(OptionalInt httpStatus) {

    /** The create is answered with this status (400..599) and the provider's error body. */
    public static AnswerLoss status(int httpStatus) {
        ScheduledFailures.requireErrorStatus(httpStatus);
        return new AnswerLoss(OptionalInt.of(httpStatus));
    }

    /** The connection is closed with no status line and no body. */
    public static AnswerLoss connectionCut() {
        return new AnswerLoss(OptionalInt.empty());
    }

    public boolean cutsConnection() {
        return httpStatus.isEmpty();
    }
}
