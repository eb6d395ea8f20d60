package io.camelseedance.simulator.ark;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.camelseedance.simulator.PaddedVideo;
import io.camelseedance.simulator.PresignedUrls;
import io.camelseedance.simulator.RecordedRequest;
import io.camelseedance.simulator.Reply;
import io.camelseedance.simulator.ReplyBody;
import io.camelseedance.simulator.SimulatedApi;
import io.camelseedance.simulator.TaskVideos;

/**
 * Serves the "generated" files of succeeded tasks under {@code /files/}: an MP4 at the task's pixel size, length and
 * 24 fps showing its prompt, and the PNG of its last frame ({@link TaskVideos}). Like the service's pre-signed URLs
 * they need no API key and keep working after the task record is deleted. A task created with
 * {@code [sim:urlTtl=MS]} gets signed URLs that expire, renewed each time the task is read; one with
 * {@code [sim:videoBytes=N]} gets an MP4 of exactly N bytes, streamed without being held in memory.
 */
public final class ArkFileDownloads implements SimulatedApi {

    /** Where generated files are served, below the simulator's base URI. */
    public static final String PREFIX = "/files/";
    private static final String VIDEO_SUFFIX = ".mp4";
    private static final String LAST_FRAME_SUFFIX = "-last-frame.png";

    private final String baseUri;
    private final ArkErrors errors;
    private final TaskVideos videos = new TaskVideos();
    private final PresignedUrls signer = new PresignedUrls();
    private final Map<String, Published> published = new ConcurrentHashMap<>();

    /** A file of a task: what its video shows, and how it is delivered. */
    private record Published(TaskVideos.Still still, FileDelivery delivery) {
    }

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
        Published file = published.get(name);
        return file == null || file.delivery().urlTtl().isEmpty()
                ? baseUri + path
                : signer.sign(baseUri, path, file.delivery().urlTtl().get());
    }

    void publish(ArkTask task) {
        VideoSpec spec = task.video();
        PixelTable.Size size = PixelTable.size(spec.resolution(), spec.ratio(), task.request().model().pixelColumn());
        int frames = spec.frames() != null ? spec.frames() : TaskVideos.Still.framesOf(spec.duration());
        Published file = new Published(TaskVideos.Still.of(size.width(), size.height(), frames,
                task.request().content().prompt()), task.delivery());
        published.put(task.id() + VIDEO_SUFFIX, file);
        if (task.request().lastFrameRequested()) {
            published.put(task.id() + LAST_FRAME_SUFFIX, file);
        }
    }

    /** The MP4 of a succeeded task, as served. */
    Optional<byte[]> video(String taskId) {
        return Optional.ofNullable(published.get(taskId + VIDEO_SUFFIX)).map(file -> videos.video(file.still()));
    }

    /** The last frame of a succeeded task that asked for it, as served. */
    Optional<byte[]> lastFrame(String taskId) {
        return Optional.ofNullable(published.get(taskId + LAST_FRAME_SUFFIX))
                .map(file -> videos.lastFrame(file.still()));
    }

    @Override
    public Reply handle(RecordedRequest request, String requestId) {
        String name = request.path().substring(PREFIX.length());
        if (!request.method().equals("GET")) {
            return errors.reply(ArkApiException.methodNotAllowed(request.method(), request.path()), requestId);
        }
        Published file = published.get(name);
        if (file == null) {
            return errors.reply(ArkApiException.resourceNotFound(request.path()), requestId);
        }
        FileDelivery delivery = file.delivery();
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
            return Reply.binary("image/png", videos.lastFrame(file.still()));
        }
        byte[] video = videos.video(file.still());
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
