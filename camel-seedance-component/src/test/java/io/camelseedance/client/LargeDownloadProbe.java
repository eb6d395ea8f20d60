package io.camelseedance.client;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.camelseedance.api.VideoTask;
import io.camelseedance.simulator.SeedanceSimulator;

/**
 * The child half of {@link VideoDownloaderLargeFileTest}, run in a JVM of its own with a small heap: starts a
 * simulator, generates a video of the given size, downloads it once as a stream and once to a file, and prints what
 * arrived, how long it took and the peak heap as {@code probe key=value} lines. Any failure ends the JVM with a
 * non-zero status.
 * <p>
 * Arguments: the video size in bytes, and a directory for the downloaded file (deleted again before exiting).
 */
public final class LargeDownloadProbe {

    private LargeDownloadProbe() {
    }

    public static void main(String[] args) throws Exception {
        long size = Long.parseLong(args[0]);
        Path directory = Path.of(args[1]);
        try (SeedanceSimulator simulator = SeedanceSimulator.builder()
                .queuedFor(Duration.ofMillis(10)).runningFor(Duration.ofMillis(10)).build().start()) {
            VideoTask task = FinishedVideos.generate(FinishedVideos.client(simulator.baseUrl("byteplus")),
                    "a long video [sim:videoBytes=" + size + "]");
            // the simulator encodes the video's frame before the heap is watched: a provider has it ready too
            simulator.video(task.id()).orElseThrow();
            System.gc();
            measure(task, directory);
        }
        // the HTTP client's and simulator's threads are daemons, but a clean exit must not depend on it
        System.exit(0);
    }

    private static void measure(VideoTask task, Path directory) throws Exception {
        try (HeapSampler heap = HeapSampler.start()) {
            VideoDownloader downloader = new VideoDownloader(HttpClient.newHttpClient(), Duration.ofSeconds(10),
                    DownloadPolicy.of(List.of(), "127.0.0.1", false, Long.MAX_VALUE));

            long started = System.nanoTime();
            try (DownloadedStream download = downloader.open(task.videoUrl()).get(60, TimeUnit.SECONDS)) {
                InputStream body = download.stream();
                byte[] head = body.readNBytes(8);
                long bytes = head.length + body.transferTo(OutputStream.nullOutputStream());
                report("open.contentLength", download.contentLength());
                report("open.ftyp", new String(head, 4, 4, StandardCharsets.US_ASCII).equals("ftyp"));
                report("open.bytes", bytes);
            }
            report("open.millis", millisSince(started));

            started = System.nanoTime();
            Path file = downloader.toFile(task.videoUrl(), directory.resolve("large.mp4")).get(60, TimeUnit.SECONDS);
            report("toFile.millis", millisSince(started));
            report("toFile.bytes", Files.size(file));
            Files.delete(file);

            report("heap.max", heap.max());
            report("heap.peakUsed", heap.peakUsed());
            report("heap.poolPeaksSum", HeapSampler.poolPeaksSum());
            report("heap.peakAfterGc", heap.peakAfterGc());
        }
    }

    private static long millisSince(long nanoTime) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - nanoTime);
    }

    private static void report(String key, Object value) {
        System.out.println("probe " + key + "=" + value);
    }
}
