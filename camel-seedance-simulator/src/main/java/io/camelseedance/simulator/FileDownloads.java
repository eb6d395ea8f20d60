package io.camelseedance.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Serves the "generated" files of succeeded tasks of every simulated provider under {@code /files/}: the sample
 * MP4 and, when asked for, the PNG of its last frame. Like the providers' pre-signed CDN URLs they need no API key
 * and keep working after the task record is gone; like a CDN, it answers errors in plain text.
 */
public final class FileDownloads implements SimulatedApi {

    static final String PREFIX = "/files/";
    private static final String VIDEO_SUFFIX = ".mp4";
    private static final String LAST_FRAME_SUFFIX = "-last-frame.png";

    private final String baseUri;
    private final byte[] video = SampleMedia.video();
    private final byte[] lastFrame = SampleMedia.lastFrame();
    private final Set<String> published = ConcurrentHashMap.newKeySet();

    /** @param baseUri where the simulator listens, e.g. {@code http://127.0.0.1:8089}; file URLs point there */
    public FileDownloads(String baseUri) {
        this.baseUri = baseUri;
    }

    public String videoUrl(String taskId) {
        return baseUri + PREFIX + taskId + VIDEO_SUFFIX;
    }

    public String lastFrameUrl(String taskId) {
        return baseUri + PREFIX + taskId + LAST_FRAME_SUFFIX;
    }

    /** Makes a task's video, and its last frame if asked for, downloadable. */
    public void publish(String taskId, boolean withLastFrame) {
        published.add(taskId + VIDEO_SUFFIX);
        if (withLastFrame) {
            published.add(taskId + LAST_FRAME_SUFFIX);
        }
    }

    @Override
    public String pathPrefix() {
        return PREFIX;
    }

    @Override
    public Reply handle(RecordedRequest request, String requestId) {
        String name = request.path().substring(PREFIX.length());
        if (!request.method().equals("GET")) {
            return errorReply(405, requestId);
        }
        if (!published.contains(name)) {
            return errorReply(404, requestId);
        }
        return name.endsWith(LAST_FRAME_SUFFIX)
                ? Reply.binary("image/png", lastFrame)
                : Reply.binary("video/mp4", video);
    }

    @Override
    public Reply errorReply(int httpStatus, String requestId) {
        byte[] text = ("HTTP " + httpStatus + "\n").getBytes(StandardCharsets.UTF_8);
        return new Reply(httpStatus, "text/plain; charset=utf-8", text, Map.of(), Duration.ZERO);
    }
}
