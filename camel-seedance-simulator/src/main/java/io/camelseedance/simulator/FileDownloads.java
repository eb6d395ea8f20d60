package io.camelseedance.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Serves the "generated" files of succeeded tasks of every simulated provider under {@code /files/}: the sample
 * MP4 and, when asked for, the PNG of its last frame. Like the providers' pre-signed storage URLs they need no API
 * key and keep working after the task record is gone. A task created with {@code [sim:urlTtl=MS]} gets signed URLs
 * that expire, renewed each time the task is read; one with {@code [sim:videoBytes=N]} gets an MP4 of exactly N
 * bytes, streamed without being held in memory. Refusals come in a storage host's words
 * ({@code {"error":{"code":"AccessDenied","message":...}}}), whichever provider the task belongs to.
 */
public final class FileDownloads implements SimulatedApi {

    static final String PREFIX = "/files/";
    private static final String VIDEO_SUFFIX = ".mp4";
    private static final String LAST_FRAME_SUFFIX = "-last-frame.png";

    private final String baseUri;
    private final byte[] video = SampleMedia.video();
    private final byte[] lastFrame = SampleMedia.lastFrame();
    private final PresignedUrls signer = new PresignedUrls();
    private final Map<String, FileDelivery> published = new ConcurrentHashMap<>();

    /** @param baseUri where the simulator listens, e.g. {@code http://127.0.0.1:8089}; file URLs point there */
    public FileDownloads(String baseUri) {
        this.baseUri = baseUri;
    }

    public String videoUrl(String taskId) {
        return url(taskId + VIDEO_SUFFIX);
    }

    public String lastFrameUrl(String taskId) {
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

    /** Makes a task's video, and its last frame if asked for, downloadable, served as {@code delivery} says. */
    public void publish(String taskId, boolean withLastFrame, FileDelivery delivery) {
        published.put(taskId + VIDEO_SUFFIX, delivery);
        if (withLastFrame) {
            published.put(taskId + LAST_FRAME_SUFFIX, delivery);
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
            return refusal(405, "MethodNotAllowed", "The method " + request.method() + " is not allowed.");
        }
        FileDelivery delivery = published.get(name);
        if (delivery == null) {
            return refusal(404, "NoSuchKey", "The specified key " + request.path() + " does not exist.");
        }
        PresignedUrls.Verdict verdict = delivery.urlTtl().isPresent()
                ? signer.check(request.path(), request.queryParams())
                : PresignedUrls.Verdict.VALID;
        if (verdict == PresignedUrls.Verdict.EXPIRED) {
            return refusal(403, "AccessDenied", "Request has expired: the signed URL of " + request.path()
                    + " is no longer valid; retrieve the task again for a fresh URL.");
        }
        if (verdict == PresignedUrls.Verdict.FORGED) {
            return refusal(403, "AccessDenied", "The request signature we calculated does not match the signature"
                    + " you provided for " + request.path() + ".");
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
        return refusal(httpStatus, httpStatus >= 500 ? "InternalError" : "AccessDenied",
                "The storage host answered HTTP " + httpStatus + ".");
    }

    private static Reply refusal(int httpStatus, String code, String message) {
        ObjectNode body = Json.object();
        body.putObject("error").put("code", code).put("message", message);
        return Reply.json(httpStatus, body);
    }
}
