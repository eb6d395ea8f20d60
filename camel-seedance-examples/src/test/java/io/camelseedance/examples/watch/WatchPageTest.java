package io.camelseedance.examples.watch;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import io.camelseedance.examples.PipelineDsl;
import io.camelseedance.examples.standin.LocalS3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The watch page's state and media over HTTP, read from the page of an instance that runs no pipeline: it shows the
 * other instance's work only because it reads what both share (inbox folders, task store, bucket). The pipeline is
 * the YAML version here, the Java one in {@link WatchPageBrowserTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WatchPageTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final List<String> ORDER = List.of("waiting", "generating", "uploading", "done");

    @TempDir
    static Path dir;

    private WatchedPipeline pipeline;

    @BeforeAll
    void start() throws Exception {
        pipeline = WatchedPipeline.start(dir, PipelineDsl.YAML);
    }

    @AfterAll
    void stop() throws Exception {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    void anotherInstanceShowsTheInputGeneratingThenItsVideo() throws Exception {
        pipeline.drop("otter.txt", "An otter floats on its back in a kelp forest");

        List<String> seen = new ArrayList<>();
        JsonNode generating = await().atMost(PATIENCE).until(() -> {
            JsonNode row = WatchedPipeline.row(pipeline.state(pipeline.pageOnlyPage()), "otter.txt");
            record(seen, row);
            return row;
        }, row -> row != null && row.get("state").asText().equals("generating") && row.hasNonNull("taskId"));
        assertThat(generating.get("status").asText()).isIn("queued", "running");
        assertThat(generating.get("instance").asText()).isNotBlank();
        String taskId = generating.get("taskId").asText();
        assertThat(pipeline.state(pipeline.pageOnlyPage()).at("/totals/tasksInFlight").asInt()).isPositive();

        JsonNode done = await().atMost(PATIENCE).until(() -> {
            JsonNode row = WatchedPipeline.row(pipeline.state(pipeline.pageOnlyPage()), "otter.txt");
            record(seen, row);
            return row;
        }, row -> row != null && row.get("state").asText().equals("done"));
        assertThat(seen).isSortedAccordingTo((a, b) -> ORDER.indexOf(a) - ORDER.indexOf(b)).contains("generating");
        String key = pipeline.s3Keys().stream().filter(k -> k.endsWith("/otter.mp4")).findFirst().orElseThrow();
        assertThat(done.get("taskId").asText()).isEqualTo(taskId);
        assertThat(key).contains("/" + taskId + "/");
        JsonNode video = done.get("video");
        assertThat(video.get("key").asText()).isEqualTo(key);
        assertThat(video.get("duration").asInt()).isEqualTo(5);
        assertThat(video.get("resolution").asText()).isEqualTo("720p");
        assertThat(video.get("poster").asText()).endsWith(URLEncoder.encode(key.replace("otter.mp4",
                "last-frame.png"), StandardCharsets.UTF_8));
        assertThat(WatchedPipeline.row(pipeline.state(pipeline.pipelinePage()), "otter.txt")).isEqualTo(done);
        await().atMost(PATIENCE).until(() -> !Files.exists(pipeline.inbox().resolve("working/otter.txt.json")));
    }

    @Test
    void aRejectedInputShowsItsReason() throws Exception {
        pipeline.drop("whale.json", "{\"prompt\": \"A whale sings\", \"colour\": \"blue\"}");

        JsonNode row = await().atMost(PATIENCE).until(
                () -> WatchedPipeline.row(pipeline.state(pipeline.pageOnlyPage()), "whale.json"),
                r -> r != null && r.get("state").asText().equals("rejected"));
        assertThat(row.get("reason").asText()).contains("colour", "is not a request field")
                .doesNotContain("Reason:", "When:");
        assertThat(row.hasNonNull("video")).isFalse();
        assertThat(row.hasNonNull("taskId")).isFalse();
    }

    @Test
    void aTaskThatFailedShowsItsTaskAndTheProvidersReason() throws Exception {
        pipeline.drop("squall.txt", "A squall over the harbour [sim:fail=OutputVideoSensitiveContentDetected]");

        JsonNode row = await().atMost(PATIENCE).until(
                () -> WatchedPipeline.row(pipeline.state(pipeline.pageOnlyPage()), "squall.txt"),
                r -> r != null && r.get("state").asText().equals("rejected"));
        assertThat(row.get("reason").asText()).contains("OutputVideoSensitiveContentDetected");
        assertThat(row.get("taskId").asText()).startsWith("cgt-");
    }

    @Test
    void aVideoIsStreamedFromS3InTheRangesAsked() throws Exception {
        String key = videoKey("heron.txt", "A heron stands still in the reeds");
        byte[] mp4 = pipeline.s3Object(key);
        URI media = media(key);

        HttpResponse<byte[]> whole = pipeline.get(media, Map.of());
        assertThat(whole.statusCode()).isEqualTo(200);
        String taskId = key.split("/")[2];
        assertThat(whole.body()).isEqualTo(pipeline.simulator().video(taskId).orElseThrow()).isEqualTo(mp4);
        assertThat(whole.headers().firstValue("Content-Type")).hasValue("video/mp4");
        assertThat(whole.headers().firstValue("Accept-Ranges")).hasValue("bytes");

        HttpResponse<byte[]> first = pipeline.get(media, Map.of("Range", "bytes=0-99"));
        assertThat(first.statusCode()).isEqualTo(206);
        assertThat(first.headers().firstValue("Content-Range")).hasValue("bytes 0-99/" + mp4.length);
        assertThat(first.body()).isEqualTo(Arrays.copyOfRange(mp4, 0, 100));

        HttpResponse<byte[]> rest = pipeline.get(media, Map.of("Range", "bytes=1000-"));
        assertThat(rest.statusCode()).isEqualTo(206);
        assertThat(rest.body()).isEqualTo(Arrays.copyOfRange(mp4, 1000, mp4.length));

        HttpResponse<byte[]> tail = pipeline.get(media, Map.of("Range", "bytes=-50"));
        assertThat(tail.statusCode()).isEqualTo(206);
        assertThat(tail.body()).isEqualTo(Arrays.copyOfRange(mp4, mp4.length - 50, mp4.length));

        HttpResponse<byte[]> beyond = pipeline.get(media, Map.of("Range", "bytes=" + mp4.length + "-"));
        assertThat(beyond.statusCode()).isEqualTo(416);
        assertThat(beyond.headers().firstValue("Content-Range")).hasValue("bytes */" + mp4.length);

        HttpResponse<byte[]> poster = pipeline.get(media(key.replace("heron.mp4", "last-frame.png")), Map.of());
        assertThat(poster.statusCode()).isEqualTo(200);
        assertThat(poster.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(poster.body()).isEqualTo(pipeline.simulator().lastFrame(taskId).orElseThrow());
    }

    @Test
    void onlyThePipelinesVideosAreServedAndNoCredentialLeaves() throws Exception {
        String key = videoKey("crane.txt", "A crane dances in the snow");

        assertThat(pipeline.get(media("other/" + key), Map.of()).statusCode()).isEqualTo(404);
        assertThat(pipeline.get(media(key.replace(".mp4", ".txt")), Map.of()).statusCode()).isEqualTo(404);
        assertThat(pipeline.get(media(key.replace("crane.mp4", "missing.mp4")), Map.of()).statusCode())
                .isEqualTo(404);
        HttpResponse<byte[]> page = pipeline.get(pipeline.pageOnlyPage(), Map.of("X-Echo", "request-header"));
        assertThat(page.headers().map()).doesNotContainKey("x-echo");
        String state = new String(pipeline.get(URI.create(pipeline.pageOnlyPage() + "/state"), Map.of()).body(),
                StandardCharsets.UTF_8);
        assertThat(state).contains(key).doesNotContain(LocalS3.SECRET_KEY, LocalS3.ACCESS_KEY, "X-Amz-", "127.0.0.1:");
    }

    private String videoKey(String name, String prompt) throws Exception {
        pipeline.drop(name, prompt);
        String suffix = "/" + name.replace(".txt", ".mp4");
        await().atMost(PATIENCE).until(() -> Files.exists(pipeline.inbox().resolve("done").resolve(name)));
        return pipeline.s3Keys().stream().filter(k -> k.endsWith(suffix)).findFirst().orElseThrow();
    }

    private URI media(String key) {
        return URI.create(pipeline.pageOnlyPage() + "/media?key=" + URLEncoder.encode(key, StandardCharsets.UTF_8));
    }

    private static void record(List<String> seen, JsonNode row) {
        if (row != null && (seen.isEmpty() || !seen.get(seen.size() - 1).equals(row.get("state").asText()))) {
            seen.add(row.get("state").asText());
        }
    }
}
