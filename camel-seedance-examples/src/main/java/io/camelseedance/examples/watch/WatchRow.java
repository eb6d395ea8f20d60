package io.camelseedance.examples.watch;

import java.time.Instant;

/**
 * One row of the watch page: an input and where it stands.
 *
 * @param id       stays the same while the input moves from waiting to done, so the page updates the row in place
 * @param name     the inbox file's name
 * @param state    {@code waiting}, {@code generating}, {@code uploading}, {@code rejecting}, {@code done} or
 *                 {@code rejected}
 * @param since    when it entered this state (for waiting: when it was dropped)
 * @param taskId   its task, once submitted
 * @param status   its task's status while generating ({@code queued}, {@code running})
 * @param progress percent done, where the provider reports it
 * @param reason   why it was rejected
 * @param instance the instance working on it
 * @param video    the video it became
 */
record WatchRow(String id, String name, String state, Instant since, String taskId, String status, Integer progress,
        String reason, String instance, Video video) {

    static final String WAITING = "waiting";
    static final String DONE = "done";
    static final String REJECTED = "rejected";

    /**
     * A video as the page shows it: served through the application at {@code url} and {@code poster}.
     *
     * @param duration   seconds, as the task reported
     * @param resolution as the task reported
     */
    record Video(String key, String url, String poster, long size, Integer duration, String resolution, String ratio,
            String model) {
    }

    WatchRow withId(String newId) {
        return new WatchRow(newId, name, state, since, taskId, status, progress, reason, instance, video);
    }
}
