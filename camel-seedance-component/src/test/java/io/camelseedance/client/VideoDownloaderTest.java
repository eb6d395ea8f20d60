package io.camelseedance.client;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import io.camelseedance.TestSecrets;
import io.camelseedance.api.SeedanceDownloadException;
import io.camelseedance.api.VideoTask;
import io.camelseedance.simulator.RecordedRequest;
import io.camelseedance.simulator.SeedanceSimulator;
import io.camelseedance.simulator.SeedanceSimulatorExtension;

import static io.camelseedance.client.AsyncAssertions.failure;
import static io.camelseedance.client.AsyncAssertions.freePort;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Downloads over real HTTP from the simulator: streams, files, errors, and URLs that expire. */
class VideoDownloaderTest {

    private static final String TASKS = "/api/v3/contents/generations/tasks";

    @RegisterExtension
    static final SeedanceSimulatorExtension SIM = new SeedanceSimulatorExtension(SeedanceSimulator.builder()
            .apiKey(TestSecrets.API_KEY).queuedFor(Duration.ofMillis(20)).runningFor(Duration.ofMillis(20)));

    /** The simulator's host, as the component allows the base URL's host. */
    static final DownloadPolicy LOOPBACK = DownloadPolicy.of(List.of(), "127.0.0.1", false,
            DownloadPolicy.DEFAULT_MAX_SIZE);

    private static SeedanceClient client;
    private static VideoTask plain;

    private final VideoDownloader downloader = new VideoDownloader(HttpClient.newHttpClient(), Duration.ofSeconds(5),
            LOOPBACK);

    @TempDir
    Path dir;

    @BeforeAll
    static void generateOneVideo() throws Exception {
        client = FinishedVideos.client(SIM.baseUrl("byteplus"));
        plain = FinishedVideos.generate(client, "a plain video");
    }

    /** The MP4 the simulator serves for the task. */
    private static byte[] videoOf(VideoTask task) {
        return SIM.simulator().video(task.id()).orElseThrow();
    }

    @BeforeEach
    void forgetEarlierRequests() {
        SIM.simulator().clearRequests();
    }

    @Test
    void opensTheVideoAsAStreamWithItsLengthAndTypeAndSendsNoKey() throws Exception {
        byte[] read;
        DownloadedStream download = downloader.open(plain.videoUrl()).get(10, TimeUnit.SECONDS);
        try (download) {
            read = download.stream().readAllBytes();
        }

        assertThat(download.contentLength()).isEqualTo(videoOf(plain).length);
        assertThat(download.hasKnownLength()).isTrue();
        assertThat(download.contentType()).isEqualTo("video/mp4");
        assertThat(read).isEqualTo(videoOf(plain));
        assertThat(new String(read, 4, 4, StandardCharsets.US_ASCII)).isEqualTo("ftyp");
        RecordedRequest get = SIM.simulator().requests("GET", "/files/").get(0);
        assertThat(get.header("authorization")).isNull();
    }

    @Test
    void writesTheVideoAndTheLastFrameToFilesCreatingTheDirectory() throws Exception {
        Path video = dir.resolve("out/video.mp4");
        Path png = dir.resolve("out/last.png");

        assertThat(downloader.toFile(plain.videoUrl(), video).get(10, TimeUnit.SECONDS)).isEqualTo(video);
        assertThat(downloader.toFile(plain.lastFrameUrl(), png).get(10, TimeUnit.SECONDS)).isEqualTo(png);

        assertThat(Files.readAllBytes(video)).isEqualTo(videoOf(plain));
        assertThat(new String(Files.readAllBytes(video), 4, 4, StandardCharsets.US_ASCII)).isEqualTo("ftyp");
        assertThat(Files.readAllBytes(png)).isEqualTo(SIM.simulator().lastFrame(plain.id()).orElseThrow());
        assertThat(namesIn(dir.resolve("out"))).containsExactlyInAnyOrder("video.mp4", "last.png");
    }

    @Test
    void replacesAnExistingFile() throws Exception {
        Path video = Files.writeString(dir.resolve("video.mp4"), "an older download");

        downloader.toFile(plain.videoUrl(), video).get(10, TimeUnit.SECONDS);

        assertThat(Files.readAllBytes(video)).isEqualTo(videoOf(plain));
    }

    @Test
    void anErrorStatusFailsWithTheStatusAndTheUrlWithoutItsQuery() throws IOException {
        String missing = SIM.simulator().baseUri() + "/files/cgt-20200101000000-nope0.mp4?sig=top-secret";

        for (Throwable e : List.of(failure(downloader.open(missing)),
                failure(downloader.toFile(missing, dir.resolve("video.mp4"))))) {
            assertThat(e).isInstanceOf(SeedanceDownloadException.class)
                    .hasMessageContaining("HTTP 404")
                    .hasMessageContaining(SIM.simulator().baseUri() + "/files/cgt-20200101000000-nope0.mp4")
                    .hasMessageNotContaining("top-secret");
            assertThat(((SeedanceDownloadException) e).httpStatus()).isEqualTo(404);
            assertThat(((SeedanceDownloadException) e).location()).doesNotContain("?");
        }
        assertThat(namesIn(dir)).isEmpty();
    }

    @Test
    void aServerErrorIsReportedWithItsStatus() {
        SIM.simulator().failNext("GET", "/files/", 503, 1);

        Throwable e = failure(downloader.open(plain.videoUrl()));

        assertThat(e).isInstanceOf(SeedanceDownloadException.class).hasMessageContaining("HTTP 503");
    }

    @Test
    void aRefusedConnectionFailsInsteadOfHanging() throws IOException {
        String nowhere = "http://127.0.0.1:" + freePort() + "/files/video.mp4?sig=top-secret";

        for (Throwable e : List.of(failure(downloader.open(nowhere)),
                failure(downloader.toFile(nowhere, dir.resolve("video.mp4"))))) {
            assertThat(e).isInstanceOf(SeedanceDownloadException.class)
                    .hasMessageStartingWith("Cannot connect to download http://127.0.0.1:")
                    .hasMessageNotContaining("top-secret");
            assertThat(((SeedanceDownloadException) e).httpStatus()).isEqualTo(SeedanceDownloadException.NO_RESPONSE);
        }
        assertThat(namesIn(dir)).isEmpty();
    }

    @Test
    void aHostThatNeverAnswersTimesOutOnTheHeaders() throws IOException {
        // the kernel accepts the connection into the backlog, but nothing ever reads the request or answers
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            VideoDownloader impatient = new VideoDownloader(HttpClient.newHttpClient(), Duration.ofMillis(300),
                    LOOPBACK);

            Throwable e = failure(impatient.open("http://127.0.0.1:" + silent.getLocalPort() + "/video.mp4"));

            assertThat(e).isInstanceOf(SeedanceDownloadException.class)
                    .hasMessageStartingWith("No response headers within 300 ms from http://127.0.0.1:");
        }
    }

    @Test
    void refusesWhatIsNotAnHttpUrlWithoutEchoingIt() {
        assertThat(failure(downloader.open("ftp://host/video.mp4?sig=top-secret")))
                .isInstanceOf(SeedanceDownloadException.class)
                .hasMessageContaining("not an http(s) URL").hasMessageNotContaining("top-secret");
        assertThat(failure(downloader.open("https://host/a video.mp4?sig=top-secret")))
                .isInstanceOf(SeedanceDownloadException.class)
                .hasMessageStartingWith("Not a valid download URL").hasMessageNotContaining("top-secret");
    }

    @Test
    void anExpiredUrlIsRefreshedOnceThroughTheSupplierAndTheDownloadSucceeds() throws Exception {
        VideoTask task = FinishedVideos.generate(client, "short-lived [sim:urlTtl=1000]");
        String stale = task.videoUrl();
        long expires = expiresOf(stale);
        await().pollInterval(Duration.ofMillis(50)).until(() -> System.currentTimeMillis() >= expires);
        SIM.simulator().clearRequests();
        AtomicInteger refreshes = new AtomicInteger();
        Supplier<CompletableFuture<String>> readTaskAgain = () -> {
            refreshes.incrementAndGet();
            return client.get(task.id()).thenApply(VideoTask::videoUrl);
        };

        byte[] streamed;
        try (DownloadedStream download = downloader.open(stale, readTaskAgain).get(10, TimeUnit.SECONDS)) {
            streamed = download.stream().readAllBytes();
        }
        Path file = downloader.toFile(stale, dir.resolve("video.mp4"), readTaskAgain).get(10, TimeUnit.SECONDS);

        assertThat(streamed).isEqualTo(videoOf(task));
        assertThat(Files.readAllBytes(file)).isEqualTo(videoOf(task));
        assertThat(refreshes).hasValue(2);
        assertThat(SIM.simulator().requests("GET", TASKS + "/" + task.id())).hasSize(2);
        List<RecordedRequest> downloads = SIM.simulator().requests("GET", "/files/");
        assertThat(downloads).hasSize(4);
        assertThat(downloads.get(1).query()).isNotEqualTo(downloads.get(0).query());
        assertThat(namesIn(dir)).containsExactly("video.mp4");
    }

    @Test
    void aUrlStillExpiredAfterTheRefreshFailsClearly() throws Exception {
        // a TTL of 0 makes every URL the simulator hands out, the refreshed one too, already expired
        VideoTask task = FinishedVideos.generate(client, "always expired [sim:urlTtl=0]");
        SIM.simulator().clearRequests();
        AtomicInteger refreshes = new AtomicInteger();
        Supplier<CompletableFuture<String>> readTaskAgain = () -> {
            refreshes.incrementAndGet();
            return client.get(task.id()).thenApply(VideoTask::videoUrl);
        };

        for (Throwable e : List.of(failure(downloader.open(task.videoUrl(), readTaskAgain)),
                failure(downloader.toFile(task.videoUrl(), dir.resolve("video.mp4"), readTaskAgain)))) {
            assertThat(e).isInstanceOf(SeedanceDownloadException.class)
                    .hasMessageContaining("HTTP 403 after the expired URL was refreshed once")
                    .hasMessageContaining("/files/" + task.id() + ".mp4")
                    .hasMessageNotContaining("sig=");
            assertThat(((SeedanceDownloadException) e).httpStatus()).isEqualTo(403);
        }
        assertThat(refreshes).hasValue(2);
        assertThat(SIM.simulator().requests("GET", "/files/")).hasSize(4);
        assertThat(namesIn(dir)).isEmpty();
    }

    @Test
    void withoutASupplierAnExpiredUrlFailsAtOnce() throws Exception {
        VideoTask task = FinishedVideos.generate(client, "always expired [sim:urlTtl=0]");
        SIM.simulator().clearRequests();

        Throwable e = failure(downloader.open(task.videoUrl()));

        assertThat(e).isInstanceOf(SeedanceDownloadException.class).hasMessageEndingWith("failed: HTTP 403");
        assertThat(SIM.simulator().requests("GET", TASKS)).isEmpty();
    }

    @Test
    void aFailedRefreshIsReportedWithTheOriginalStatus() throws Exception {
        VideoTask task = FinishedVideos.generate(client, "always expired [sim:urlTtl=0]");

        // handle() sees the failure as completed, without the CompletionException that get() would strip
        Throwable e = downloader.open(task.videoUrl(),
                () -> CompletableFuture.failedFuture(new IllegalStateException("task deleted")))
                .handle((opened, error) -> error).get(15, TimeUnit.SECONDS);

        assertThat(e).isInstanceOf(SeedanceDownloadException.class)
                .hasMessageContaining("HTTP 403")
                .hasMessageContaining("refreshing the URL failed: IllegalStateException: task deleted");
        assertThat(((SeedanceDownloadException) e).httpStatus()).isEqualTo(403);
    }

    @Test
    void aCancelledFileDownloadLeavesNothingBehind() throws Exception {
        VideoTask large = FinishedVideos.generate(client, "large [sim:videoBytes=2147483648]");
        CompletableFuture<Path> download = downloader.toFile(large.videoUrl(), dir.resolve("video.mp4"));
        await().pollInterval(Duration.ofMillis(5)).until(() -> !namesIn(dir).isEmpty());

        assertThat(download.cancel(true)).isTrue();

        await().atMost(Duration.ofSeconds(15)).until(() -> namesIn(dir).isEmpty());
    }

    private static long expiresOf(String url) {
        return Long.parseLong(URI.create(url).getQuery().replaceFirst(".*expires=(\\d+).*", "$1"));
    }

    private static List<String> namesIn(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(path -> path.getFileName().toString()).toList();
        }
    }
}
