package io.camelseedance.api;

/**
 * A task ended without a video: failed, expired or cancelled. Raised when the caller waited for the outcome.
 */
public class SeedanceTaskFailedException extends SeedanceException {

    private final transient VideoTask task;

    public SeedanceTaskFailedException(VideoTask task) {
        super("Seedance task " + task.id() + " ended " + task.status()
                + (task.error() != null ? ": " + task.error().code() + " " + task.error().message() : ""));
        this.task = task;
    }

    public VideoTask task() {
        return task;
    }

    public String code() {
        return task.error() != null ? task.error().code() : null;
    }

    /** Whether content moderation rejected the output: the same request would be rejected again. */
    public boolean isContentPolicy() {
        return task.error() != null && task.error().contentPolicy();
    }
}
