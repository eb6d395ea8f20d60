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
 * @param clientKey          which provider endpoint sends the create ({@code provider|baseUrl}; never the API key)
 * @param model              the model asked for
 * @param submittedAt        when the create was about to be sent
 * @param taskId             the task the create made, once it answered; {@code null} while on the wire
 * @param completionTimeout  how long the task is followed, as the endpoint asked
 * @param pollDelay          the first delay between polls
 * @param pollMaxDelay       the longest delay between polls
 * @param keepOutcome        whether the outcome is kept for a consumer to emit
 */
public record CreateIntent(String id, String clientKey, String model, Instant submittedAt, String taskId,
        Duration completionTimeout, Duration pollDelay, Duration pollMaxDelay, boolean keepOutcome) {

    /** Whether the create answered with a task. */
    public boolean resolved() {
        return taskId != null;
    }

    CreateIntent withTask(String createdTaskId) {
        return new CreateIntent(id, clientKey, model, submittedAt, createdTaskId, completionTimeout, pollDelay,
                pollMaxDelay, keepOutcome);
    }

    TrackingPolicy policy() {
        return new TrackingPolicy(completionTimeout, pollDelay, pollMaxDelay);
    }
}
