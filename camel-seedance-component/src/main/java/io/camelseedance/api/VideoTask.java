package io.camelseedance.api;

import java.time.Instant;

/**
 * A provider-neutral view of a generation task: its state, and once it has succeeded, where its video is and what it
 * actually produced (the {@code adaptive} ratio or {@code -1} duration resolved to real values). Immutable.
 * <p>
 * The video and last-frame URLs expire (24 hours on Ark): download the video, do not store the URL.
 */
public final class VideoTask {

    private final String id;
    private final String provider;
    private final String model;
    private final TaskStatus status;
    private final Integer progress;
    private final String videoUrl;
    private final String lastFrameUrl;
    private final TaskError error;
    private final Usage usage;
    private final String resolution;
    private final String ratio;
    private final Integer duration;
    private final Integer frames;
    private final Integer framesPerSecond;
    private final Long seed;
    private final Instant createdAt;
    private final Instant updatedAt;
    private final String serviceTier;
    private final Integer executionExpiresAfter;
    private final Boolean generateAudio;
    private final Boolean draft;
    private final Integer priority;
    private final String safetyIdentifier;
    private final String revisedPrompt;
    private final String raw;

    private VideoTask(Builder b) {
        id = b.id;
        provider = b.provider;
        model = b.model;
        status = b.status == null ? TaskStatus.UNKNOWN : b.status;
        progress = b.progress;
        videoUrl = b.videoUrl;
        lastFrameUrl = b.lastFrameUrl;
        error = b.error;
        usage = b.usage;
        resolution = b.resolution;
        ratio = b.ratio;
        duration = b.duration;
        frames = b.frames;
        framesPerSecond = b.framesPerSecond;
        seed = b.seed;
        createdAt = b.createdAt;
        updatedAt = b.updatedAt;
        serviceTier = b.serviceTier;
        executionExpiresAfter = b.executionExpiresAfter;
        generateAudio = b.generateAudio;
        draft = b.draft;
        priority = b.priority;
        safetyIdentifier = b.safetyIdentifier;
        revisedPrompt = b.revisedPrompt;
        raw = b.raw;
    }

    public static Builder builder() {
        return new Builder();
    }

    public String id() {
        return id;
    }

    /** The provider name the task was submitted to, e.g. {@code byteplus}. */
    public String provider() {
        return provider;
    }

    public String model() {
        return model;
    }

    public TaskStatus status() {
        return status;
    }

    /** Percent done, where the provider reports it. */
    public Integer progress() {
        return progress;
    }

    public String videoUrl() {
        return videoUrl;
    }

    public String lastFrameUrl() {
        return lastFrameUrl;
    }

    /** Why the task failed; {@code null} unless it failed. */
    public TaskError error() {
        return error;
    }

    public Usage usage() {
        return usage;
    }

    public String resolution() {
        return resolution;
    }

    public String ratio() {
        return ratio;
    }

    /** Seconds; only one of duration and frames is reported, whichever the request used. */
    public Integer duration() {
        return duration;
    }

    public Integer frames() {
        return frames;
    }

    public Integer framesPerSecond() {
        return framesPerSecond;
    }

    public Long seed() {
        return seed;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String serviceTier() {
        return serviceTier;
    }

    public Integer executionExpiresAfter() {
        return executionExpiresAfter;
    }

    public Boolean generateAudio() {
        return generateAudio;
    }

    public Boolean draft() {
        return draft;
    }

    public Integer priority() {
        return priority;
    }

    public String safetyIdentifier() {
        return safetyIdentifier;
    }

    public String revisedPrompt() {
        return revisedPrompt;
    }

    /** The provider's JSON as received, for fields this model does not carry. */
    public String raw() {
        return raw;
    }

    public boolean isTerminal() {
        return status.isTerminal();
    }

    @Override
    public String toString() {
        return "VideoTask[" + id + " " + status + (error != null ? " " + error.code() : "")
               + (videoUrl != null ? " video" : "") + "]";
    }

    /** Builds a {@link VideoTask}; used by the provider dialects. */
    public static final class Builder {
        private String id;
        private String provider;
        private String model;
        private TaskStatus status;
        private Integer progress;
        private String videoUrl;
        private String lastFrameUrl;
        private TaskError error;
        private Usage usage;
        private String resolution;
        private String ratio;
        private Integer duration;
        private Integer frames;
        private Integer framesPerSecond;
        private Long seed;
        private Instant createdAt;
        private Instant updatedAt;
        private String serviceTier;
        private Integer executionExpiresAfter;
        private Boolean generateAudio;
        private Boolean draft;
        private Integer priority;
        private String safetyIdentifier;
        private String revisedPrompt;
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

        public Builder videoUrl(String videoUrl) {
            this.videoUrl = videoUrl;
            return this;
        }

        public Builder lastFrameUrl(String lastFrameUrl) {
            this.lastFrameUrl = lastFrameUrl;
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

        public Builder resolution(String resolution) {
            this.resolution = resolution;
            return this;
        }

        public Builder ratio(String ratio) {
            this.ratio = ratio;
            return this;
        }

        public Builder duration(Integer duration) {
            this.duration = duration;
            return this;
        }

        public Builder frames(Integer frames) {
            this.frames = frames;
            return this;
        }

        public Builder framesPerSecond(Integer framesPerSecond) {
            this.framesPerSecond = framesPerSecond;
            return this;
        }

        public Builder seed(Long seed) {
            this.seed = seed;
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

        public Builder serviceTier(String serviceTier) {
            this.serviceTier = serviceTier;
            return this;
        }

        public Builder executionExpiresAfter(Integer executionExpiresAfter) {
            this.executionExpiresAfter = executionExpiresAfter;
            return this;
        }

        public Builder generateAudio(Boolean generateAudio) {
            this.generateAudio = generateAudio;
            return this;
        }

        public Builder draft(Boolean draft) {
            this.draft = draft;
            return this;
        }

        public Builder priority(Integer priority) {
            this.priority = priority;
            return this;
        }

        public Builder safetyIdentifier(String safetyIdentifier) {
            this.safetyIdentifier = safetyIdentifier;
            return this;
        }

        public Builder revisedPrompt(String revisedPrompt) {
            this.revisedPrompt = revisedPrompt;
            return this;
        }

        public Builder raw(String raw) {
            this.raw = raw;
            return this;
        }

        public VideoTask build() {
            return new VideoTask(this);
        }
    }
}
