package io.camelseedance.simulator.ark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.camelseedance.simulator.PaddedVideo;
import io.camelseedance.simulator.PresignedUrls;
import io.camelseedance.simulator.RecordedRequest;
import io.camelseedance.simulator.Reply;
import io.camelseedance.simulator.ReplyBody;
import io.camelseedance.simulator.SampleMedia;
import io.camelseedance.simulator.SimulatedApi;

/**
 * Serves the "generated" files of succeeded tasks under {@code /files/}. Like the service's pre-signed URLs they
 * need no API key and keep working after the task record is deleted. A task created with {@code [sim:urlTtl=MS]}
 * gets signed URLs that expire, renewed each time the task is read; one with {@code [sim:videoBytes=N]} gets an
 * MP4 of exactly N bytes, streamed without being held in memory.
 */
public final class ArkFileDownloads implements SimulatedApi {

    /** Where generated files are served, below the simulator's base URI. */
    public static final String PREFIX = "/files/";
    private static final String VIDEO_SUFFIX = ".mp4";
    private static final String LAST_FRAME_SUFFIX = "-last-frame.png";

    private final String baseUri;
    private final ArkErrors errors;
    private final byte[] video = SampleMedia.video();
    private final byte[] lastFrame = SampleMedia.lastFrame();
    private final PresignedUrls signer = new PresignedUrls();
    private final Map<String, FileDelivery> published = new ConcurrentHashMap<>();

    ArkFileDownloads(String baseUri, ArkErrors errors) {
        this.baseUri = baseUri;
        this.errors = errors;
    }

    String videoUrl(String taskId) {
        return url(taskId + VIDEO_SUFFIX);
    }

    String lastFrameUrl(String taskId) {
        return url(taskId + LAST_FRAME_SUFFIX);
    }

    /** Signs anew on every call, so a task read after its URLs expired carries fresh ones. */
    private String url(String name) {
        String path = PREFIX + name;
        FileDelivery delivery = published.get(name);
        return delivery == null || delivery.urlTtl().isEmpty()
                ? baseUri + path
                : signer.sign(baseUri, path, delivery.urlTtl().get());
    }

    void publish(String taskId, boolean withLastFrame, FileDelivery delivery) {
        published.put(taskId + VIDEO_SUFFIX, delivery);
        if (withLastFrame) {
            published.put(taskId + LAST_FRAME_SUFFIX, delivery);
        }
    }

    @Override
    public Reply handle(RecordedRequest request, String requestId) {
        String name = request.path().substring(PREFIX.length());
        if (!request.method().equals("GET")) {
            return errors.reply(ArkApiException.methodNotAllowed(request.method(), request.path()), requestId);
        }
        FileDelivery delivery = published.get(name);
        if (delivery == null) {
            return errors.reply(ArkApiException.resourceNotFound(request.path()), requestId);
        }
        PresignedUrls.Verdict verdict = delivery.urlTtl().isPresent()
                ? signer.check(request.path(), request.queryParams())
                : PresignedUrls.Verdict.VALID;
        if (verdict == PresignedUrls.Verdict.EXPIRED) {
            return errors.reply(ArkApiException.urlExpired(request.path()), requestId);
        }
        if (verdict == PresignedUrls.Verdict.FORGED) {
            return errors.reply(ArkApiException.urlSignatureInvalid(request.path()), requestId);
        }
        if (name.endsWith(LAST_FRAME_SUFFIX)) {
            return Reply.binary("image/png", lastFrame);
        }
        ReplyBody body = delivery.videoBytes().isPresent()
                ? PaddedVideo.of(video, delivery.videoBytes().getAsLong())
                : ReplyBody.of(video);
        return Reply.binary("video/mp4", body);
    }

    @Override
    public Reply errorReply(int httpStatus, String requestId) {
        return errors.replyForStatus(httpStatus, requestId);
    }
}
