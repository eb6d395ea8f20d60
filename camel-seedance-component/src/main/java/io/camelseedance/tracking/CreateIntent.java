package io.camelseedance.tracking;

import java.time.Duration;
import java.time.Instant;

/**
 * A create about to be sent, recorded before it is sent, so that a crash while it is on the wire cannot make the task
 * it creates vanish: after a restart every intent without a task id is settled, the task found and tracked, or the
 * outcome reported unknown. Once the create has answered, the intent keeps the task's id for a while, so that a
 * restart can tell the tasks it already knew from the ones it lost.
 *
 * @param id                 this intent's own id
 * @param key                whose create it is: provider, base URL and account (a fingerprint, never the API key)
 * @param model              the model asked for
 * @param submittedAt        when the create was about to be sent
 * @param taskId             the task the create made, once it answered; {@code null} while on the wire
 * @param deadline           when waiting for the task ends, counted from before the create was sent
 * @param pollDelay          the first delay between polls
 * @param pollMaxDelay       the longest delay between polls
 * @param keepOutcome        whether the outcome is kept for a consumer to emit
 * @param submissionKey      the submission key the create was sent under, which its settling resolves; {@code null}
 *                           without one
 */
public record CreateIntent(String id, TrackerKey key, String model, Instant submittedAt, String taskId,
        Instant deadline, Duration pollDelay, Duration pollMaxDelay, boolean keepOutcome, String submissionKey) {

    /** Whether the create answered with a task. */
    public boolean resolved() {
        return taskId != null;
    }

    CreateIntent withTask(String createdTaskId) {
        return new CreateIntent(id, key, model, submittedAt, createdTaskId, deadline, pollDelay, pollMaxDelay,
                keepOutcome, submissionKey);
    }

    TrackingPolicy policy() {
        return new TrackingPolicy(deadline, pollDelay, pollMaxDelay);
    }
}
