package io.camelseedance.tracking;

import java.time.Duration;
import java.time.Instant;

/**
 * A task being followed to its outcome, as kept in a {@link TaskStore}: enough to resume polling it after a restart.
 *
 * @param id          the provider's task id
 * @param key         whose task it is: provider, base URL and account (a fingerprint, never the API key)
 * @param submittedAt when it was submitted
 * @param deadline    when waiting for it ends, even if it is still running
 * @param pollDelay   the first delay between polls
 * @param pollMaxDelay the longest delay between polls, reached by backing off
 * @param keepOutcome  whether the outcome is kept for a consumer to emit
 */
public record TrackedTask(String id, TrackerKey key, Instant submittedAt, Instant deadline, Duration pollDelay,
        Duration pollMaxDelay, boolean keepOutcome) {
}
