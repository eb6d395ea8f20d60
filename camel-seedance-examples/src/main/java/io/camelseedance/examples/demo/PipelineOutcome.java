package io.camelseedance.examples.demo;

/**
 * What became of one inbox file, as the pipeline left it on its exchange.
 *
 * @param source       the inbox file's name
 * @param succeeded    whether it became a video (moved to {@code done/}) or was rejected (moved to {@code failed/})
 * @param videoKey     the S3 key of the video, or {@code null}
 * @param lastFrameKey the S3 key of the last frame, or {@code null}
 * @param reason       why it was rejected, or {@code null}
 */
public record PipelineOutcome(String source, boolean succeeded, String videoKey, String lastFrameKey, String reason) {
}
