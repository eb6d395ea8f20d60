package io.camelseedance.api;

/**
 * What a finished task produced, with the {@code adaptive} ratio or {@code -1} duration of the request resolved to
 * the real values.
 *
 * @param videoUrl        the MP4 (expires)
 * @param lastFrameUrl    the PNG of the last frame, when requested (expires)
 * @param resolution      e.g. {@code 720p}
 * @param ratio           e.g. {@code 16:9}
 * @param duration        seconds; only one of duration and frames is reported, whichever the request used
 * @param frames          frame count
 * @param framesPerSecond frame rate
 * @param seed            the seed used, to reproduce a similar video
 */
public record VideoOutput(String videoUrl, String lastFrameUrl, String resolution, String ratio, Integer duration,
        Integer frames, Integer framesPerSecond, Long seed) {

    /** Nothing produced (yet). */
    public static final VideoOutput NONE = builder().build();

    /** A builder whose fields are all unset; a provider that reports only the video sets just that. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link VideoOutput} field by field; a field left unset is {@code null}. */
    public static final class Builder {
        private String videoUrl;
        private String lastFrameUrl;
        private String resolution;
        private String ratio;
        private Integer duration;
        private Integer frames;
        private Integer framesPerSecond;
        private Long seed;

        private Builder() {
        }

        public Builder videoUrl(String videoUrl) {
            this.videoUrl = videoUrl;
            return this;
        }

        public Builder lastFrameUrl(String lastFrameUrl) {
            this.lastFrameUrl = lastFrameUrl;
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

        public VideoOutput build() {
            return new VideoOutput(videoUrl, lastFrameUrl, resolution, ratio, duration, frames, framesPerSecond,
                    seed);
        }
    }
}
