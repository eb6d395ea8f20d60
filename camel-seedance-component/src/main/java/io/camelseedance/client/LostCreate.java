package io.camelseedance.client;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import io.camelseedance.api.VideoRequest;
import io.camelseedance.api.VideoTask;

/**
 * A create whose answer was lost, while it is being settled. Each one is itself, even when two carry the same
 * request: that is the case the rivalry among them is for.
 */
final class LostCreate {

    // created_at is in whole seconds, and the provider's clock is not ours
    private static final Duration CLOCK_SKEW = Duration.ofSeconds(2);

    private final VideoRequest request;
    private final Instant since;

    /** @param sentAt when the create was first sent: its task cannot be older */
    LostCreate(VideoRequest request, Instant sentAt) {
        this.request = request;
        this.since = sentAt.truncatedTo(ChronoUnit.SECONDS).minus(CLOCK_SKEW);
    }

    VideoRequest request() {
        return request;
    }

    /** The oldest a task of this create can be, as the provider's list dates it. */
    Instant since() {
        return since;
    }

    /** Whether the task is recent enough and echoes nothing that contradicts the request. */
    boolean couldOwn(VideoTask task) {
        return !olderThanSince(task) && RequestEcho.of(request, task).matches();
    }

    boolean olderThanSince(VideoTask task) {
        return task.createdAt() != null && task.createdAt().isBefore(since);
    }
}
