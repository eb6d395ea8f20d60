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

    public static final VideoOutput NONE = new VideoOutput(null, null, null, null, null, null, null, null);
}
