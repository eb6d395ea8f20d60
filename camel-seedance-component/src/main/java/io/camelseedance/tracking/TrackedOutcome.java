package io.camelseedance.tracking;

import io.camelseedance.api.VideoTask;

/**
 * The outcome of a tracked task, kept in a {@link TaskStore} until a consumer of the same account has emitted it.
 *
 * @param key  whose task it is
 * @param task the task in its terminal state
 */
public record TrackedOutcome(TrackerKey key, VideoTask task) {
}
