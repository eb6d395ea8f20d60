package io.camelseedance.examples.watch;

import java.time.Duration;
import java.time.Instant;

/**
 * What one pipeline instance is doing with one inbox file, as it publishes it in the inbox's {@value WorkNotes#FOLDER}
 * folder for every instance's watch page to read.
 *
 * @param source   the inbox file's name
 * @param stage    {@code generating}, {@code uploading} or {@code rejecting}
 * @param taskId   the task, once submitted
 * @param status   the task's status as last polled ({@code QUEUED}, {@code RUNNING}), while generating
 * @param progress percent done, where the provider reports it
 * @param instance the instance working on it
 * @param since    when the instance took the file
 * @param updated  when the instance last said it is still working on it
 */
public record WorkNote(String source, String stage, String taskId, String status, Integer progress, String instance,
        Instant since, Instant updated) {

    public static final String GENERATING = "generating";
    public static final String UPLOADING = "uploading";
    public static final String REJECTING = "rejecting";

    /**
     * Whether the instance has stopped saying it works on the file (it was stopped or died): its instance refreshes
     * a note far more often than this.
     */
    public boolean isStale(Instant now, Duration staleAfter) {
        return updated == null || updated.plus(staleAfter).isBefore(now);
    }

    /** Whether this note says the same as {@code other}, apart from when it was said. */
    boolean sameWorkAs(WorkNote other) {
        return other != null && withUpdated(null).equals(other.withUpdated(null));
    }

    WorkNote withUpdated(Instant when) {
        return new WorkNote(source, stage, taskId, status, progress, instance, since, when);
    }
}
