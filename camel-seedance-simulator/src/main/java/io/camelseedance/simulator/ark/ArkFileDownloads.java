package io.camelseedance.simulator.ark;

import io.camelseedance.simulator.RecordedRequest;
import io.camelseedance.simulator.Reply;
import io.camelseedance.simulator.SampleMedia;
import io.camelseedance.simulator.SimulatedApi;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Serves the "generated" files of succeeded tasks under {@code /files/}. Like the service's pre-signed URLs they
 * need no API key and keep working after the task record is deleted.
 */
public final class ArkFileDownloads implements SimulatedApi {

    static final String PREFIX = "/files/";
    private static final String VIDEO_SUFFIX = ".mp4";
    private static final String LAST_FRAME_SUFFIX = "-last-frame.png";

    private final String baseUri;
    private final ArkErrors errors;
    private final byte[] video = SampleMedia.video();
    private final byte[] lastFrame = SampleMedia.lastFrame();
    private final Set<String> published = ConcurrentHashMap.newKeySet();

    ArkFileDownloads(String baseUri, ArkErrors errors) {
        this.baseUri = baseUri;
        this.errors = errors;
    }

    String videoUrl(String taskId) {
        return baseUri + PREFIX + taskId + VIDEO_SUFFIX;
    }

    String lastFrameUrl(String taskId) {
        return baseUri + PREFIX + taskId + LAST_FRAME_SUFFIX;
    }

    void publish(String taskId, boolean withLastFrame) {
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
            return errors.reply(ArkApiException.methodNotAllowed(request.method(), request.path()), requestId);
        }
        if (!published.contains(name)) {
            return errors.reply(ArkApiException.resourceNotFound(request.path()), requestId);
        }
        return name.endsWith(LAST_FRAME_SUFFIX)
                ? Reply.binary("image/png", lastFrame)
                : Reply.binary("video/mp4", video);
    }

    @Override
    public Reply errorReply(int httpStatus, String requestId) {
        return errors.replyForStatus(httpStatus, requestId);
    }
}
