package io.camelseedance.component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

import io.camelseedance.api.TaskStatus;
import io.camelseedance.api.VideoTask;
import io.camelseedance.client.DownloadedStream;
import io.camelseedance.client.SeedanceClient;
import io.camelseedance.client.VideoDownloader;

/**
 * Fetches a finished task's MP4 (and last frame) onto the message, as the {@code download}, {@code downloadLastFrame}
 * and {@code downloadDirectory} options ask: as a stream in the body with its length known, so that the next step
 * (an S3 upload) streams instead of buffering, or as files. URLs that expired meanwhile are refreshed with a GET of
 * the task.
 */
final class TaskDownloads {

    /** Read by camel-aws2-s3: with it, an upload streams the body instead of reading it into memory first. */
    static final String AWS_S3_CONTENT_LENGTH = "CamelAwsS3ContentLength";

    private TaskDownloads() {
    }

    static boolean wanted(SeedanceConfiguration conf) {
        return conf.isDownload() || conf.isDownloadLastFrame();
    }

    /** Completes when the message carries what was asked for; does nothing for a task without a video. */
    static CompletableFuture<Void> apply(Message message, VideoTask task, SeedanceConfiguration conf,
            VideoDownloader downloader, SeedanceClient client) {
        if (!wanted(conf) || task.status() != TaskStatus.SUCCEEDED) {
            return CompletableFuture.completedFuture(null);
        }
        Supplier<CompletableFuture<String>> freshVideo = () -> client.get(task.id()).thenApply(VideoTask::videoUrl);
        Supplier<CompletableFuture<String>> freshFrame = () -> client.get(task.id()).thenApply(VideoTask::lastFrameUrl);
        if (conf.getDownloadDirectory() != null) {
            Path dir = Path.of(conf.getDownloadDirectory());
            CompletableFuture<Void> video = !conf.isDownload()
                    ? done()
                    : downloader.toFile(task.videoUrl(), dir.resolve(task.id() + ".mp4"), freshVideo)
                            .thenAccept(path -> fileBody(message, path));
            CompletableFuture<Void> frame = !conf.isDownloadLastFrame() || task.lastFrameUrl() == null
                    ? done()
                    : downloader.toFile(task.lastFrameUrl(), dir.resolve(task.id() + "-last-frame.png"), freshFrame)
                            .thenAccept(path -> frameFile(message, path, !conf.isDownload()));
            return CompletableFuture.allOf(video, frame);
        }
        if (conf.isDownload()) {
            CompletableFuture<Void> video = downloader.open(task.videoUrl(), freshVideo)
                    .thenAccept(stream -> streamBody(message, stream, "video/mp4"));
            // one body, two files: the (small) PNG rides along in a header
            return !conf.isDownloadLastFrame() || task.lastFrameUrl() == null
                    ? video
                    : video.thenCompose(v -> downloader.open(task.lastFrameUrl(), freshFrame))
                            .thenAccept(stream -> message.setHeader(SeedanceConstants.LAST_FRAME, readAll(stream)));
        }
        return task.lastFrameUrl() == null
                ? done()
                : downloader.open(task.lastFrameUrl(), freshFrame)
                        .thenAccept(stream -> streamBody(message, stream, "image/png"));
    }

    private static CompletableFuture<Void> done() {
        return CompletableFuture.completedFuture(null);
    }

    private static void streamBody(Message message, DownloadedStream download, String type) {
        message.setBody(download.stream());
        message.setHeader(Exchange.CONTENT_TYPE, type);
        if (download.hasKnownLength()) {
            message.setHeader(Exchange.CONTENT_LENGTH, download.contentLength());
            message.setHeader(AWS_S3_CONTENT_LENGTH, download.contentLength());
        }
    }

    private static void fileBody(Message message, Path path) {
        message.setBody(path.toFile());
        message.setHeader(SeedanceConstants.VIDEO_FILE, path.toString());
        long size = size(path);
        message.setHeader(Exchange.CONTENT_LENGTH, size);
        message.setHeader(AWS_S3_CONTENT_LENGTH, size);
    }

    private static void frameFile(Message message, Path path, boolean asBody) {
        message.setHeader(SeedanceConstants.LAST_FRAME_FILE, path.toString());
        if (asBody) {
            message.setBody(path.toFile());
        }
    }

    private static long size(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readAll(DownloadedStream download) {
        try (InputStream in = download.stream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the last frame", e);
        }
    }
}
