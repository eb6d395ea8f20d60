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
 * @param settings    the request settings the provider echoes back
 * @param taskInfo    what the provider says about the running task (EvoLink: whether it can still be cancelled, the
 *                    estimated time); {@code null} where it says nothing
 * @param draftTaskId the draft task this task renders as the final video (Ark's {@code draft_task_id})
 * @param raw         the provider's JSON as received, for fields this model does not carry
 */
public record VideoTask(String id, String provider, String model, TaskStatus status, Integer progress,
        VideoOutput output, TaskError error, Usage usage, Instant createdAt, Instant updatedAt, TaskSettings settings,
        TaskInfo taskInfo, String draftTaskId, String raw) {

    public VideoTask {
        status = status == null ? TaskStatus.UNKNOWN : status;
        output = output == null ? VideoOutput.NONE : output;
        settings = settings == null ? TaskSettings.NONE : settings;
    }

    /** A task the provider has just accepted: all that is known is its id. */
    public static VideoTask submitted(String id, String provider, String model, String raw) {
        return builder().id(id).provider(provider).model(model).status(TaskStatus.QUEUED).raw(raw).build();
    }

    /** A builder for a task whose fields are all unset, as a dialect fills in what a provider's answer carries. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this task's values, to derive a changed copy. */
    public Builder toBuilder() {
        return new Builder().id(id).provider(provider).model(model).status(status).progress(progress).output(output)
                .error(error).usage(usage).createdAt(createdAt).updatedAt(updatedAt).settings(settings)
                .taskInfo(taskInfo).draftTaskId(draftTaskId).raw(raw);
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

    /** Builds a {@link VideoTask} field by field; a field left unset is {@code null} (or the record's default). */
    public static final class Builder {
        private String id;
        private String provider;
        private String model;
        private TaskStatus status;
        private Integer progress;
        private VideoOutput output;
        private TaskError error;
        private Usage usage;
        private Instant createdAt;
        private Instant updatedAt;
        private TaskSettings settings;
        private TaskInfo taskInfo;
        private String draftTaskId;
        private String raw;

        private Builder() {
        }

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder provider(String provider) {
            this.provider = provider;
            return this;
        }

        public Builder model(String model) {
            this.model = model;
            return this;
        }

        public Builder status(TaskStatus status) {
            this.status = status;
            return this;
        }

        public Builder progress(Integer progress) {
            this.progress = progress;
            return this;
        }

        public Builder output(VideoOutput output) {
            this.output = output;
            return this;
        }

        public Builder error(TaskError error) {
            this.error = error;
            return this;
        }

        public Builder usage(Usage usage) {
            this.usage = usage;
            return this;
        }

        public Builder createdAt(Instant createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        public Builder updatedAt(Instant updatedAt) {
            this.updatedAt = updatedAt;
            return this;
        }

        public Builder settings(TaskSettings settings) {
            this.settings = settings;
            return this;
        }

        public Builder taskInfo(TaskInfo taskInfo) {
            this.taskInfo = taskInfo;
            return this;
        }

        public Builder draftTaskId(String draftTaskId) {
            this.draftTaskId = draftTaskId;
            return this;
        }

        public Builder raw(String raw) {
            this.raw = raw;
            return this;
        }

        public VideoTask build() {
            return new VideoTask(id, provider, model, status, progress, output, error, usage, createdAt, updatedAt,
                    settings, taskInfo, draftTaskId, raw);
        }
    }
}
