package io.camelseedance.api;

import java.time.Instant;

/**
 * A provider-neutral view of a generation task: where it stands, and once it has succeeded, what it produced.
 * <p>
 * The video and last-frame URLs expire (24 hours on Ark): download the video, do not store the URL.
 *
 * @param id        the provider's task id
 * @param provider  the provider name the task was submitted to, e.g. {@code byteplus}
 * @param model     the model that runs it
 * @param status    where it stands
 * @param progress  percent done, where the provider reports it
 * @param output    what it produced; empty until it has succeeded
 * @param error     why it failed; {@code null} unless it failed
 * @param usage     what it was billed; {@code null} until it has succeeded
 * @param createdAt when it was submitted
 * @param updatedAt when its status last changed
 * @param settings  the request settings the provider echoes back
 * @param raw       the provider's JSON as received, for fields this model does not carry
 */
public record VideoTask(String id, String provider, String model, TaskStatus status, Integer progress,
        VideoOutput output, TaskError error, Usage usage, Instant createdAt, Instant updatedAt, TaskSettings settings,
        String raw) {

    public VideoTask {
        status = status == null ? TaskStatus.UNKNOWN : status;
        output = output == null ? VideoOutput.NONE : output;
        settings = settings == null ? TaskSettings.NONE : settings;
    }

    /** A task the provider has just accepted: all that is known is its id. */
    public static VideoTask submitted(String id, String provider, String model, String raw) {
        return new VideoTask(id, provider, model, TaskStatus.QUEUED, null, null, null, null, null, null, null, raw);
    }

    public boolean isTerminal() {
        return status.isTerminal();
    }

    /** The MP4's URL once the task has succeeded. */
    public String videoUrl() {
        return output.videoUrl();
    }

    /** The PNG of the last frame, when it was requested. */
    public String lastFrameUrl() {
        return output.lastFrameUrl();
    }

    @Override
    public String toString() {
        return "VideoTask[" + id + " " + status + (error != null ? " " + error.code() : "")
                + (output.videoUrl() != null ? " video" : "") + "]";
    }
}
