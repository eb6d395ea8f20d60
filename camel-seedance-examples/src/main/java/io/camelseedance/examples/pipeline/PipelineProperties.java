package io.camelseedance.examples.pipeline;

/** The exchange properties the pipeline's steps hand to each other, by the names both route versions use. */
public final class PipelineProperties {

    /** The inbox file's name, e.g. {@code cat.png}: the seedance step replaces the file name header. */
    public static final String SOURCE = "pipelineSource";
    /** The S3 key of the video. */
    public static final String VIDEO_KEY = "pipelineVideoKey";
    /** The S3 key of the last frame. */
    public static final String LAST_FRAME_KEY = "pipelineLastFrameKey";

    private PipelineProperties() {
    }
}
