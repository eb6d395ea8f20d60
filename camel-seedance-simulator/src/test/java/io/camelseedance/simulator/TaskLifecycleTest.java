package io.camelseedance.simulator;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.camelseedance.simulator.Bodies.FIRST_FRAME;
import static io.camelseedance.simulator.Bodies.SEEDANCE_1_0_PRO;
import static io.camelseedance.simulator.Bodies.SEEDANCE_1_5_PRO;
import static io.camelseedance.simulator.Bodies.SEEDANCE_2_0;
import static io.camelseedance.simulator.Bodies.TEXT;
import static io.camelseedance.simulator.Bodies.body;
import static io.camelseedance.simulator.Bodies.items;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class TaskLifecycleTest {

    @RegisterExtension
    static final SeedanceSimulatorExtension SIM = new SeedanceSimulatorExtension(SeedanceSimulator.builder()
            .apiKey("sim-key")
            .queuedFor(Duration.ofMillis(50))
            .runningFor(Duration.ofMillis(50)));

    private final ArkClient ark = new ArkClient(SIM.simulator(), "sim-key");

    @Test
    void taskGoesFromQueuedThroughRunningToSucceededWithDownloadableFiles() {
        long before = Instant.now().getEpochSecond();
        // long enough phases that each status can be observed by polling, even on a slow machine
        HttpResponse<String> created = ark.create(body(SEEDANCE_2_0,
                "{'type':'text','text':'a red fox [sim:queue=600][sim:render=600]'}", "'return_last_frame':true"));

        assertThat(created.statusCode()).isEqualTo(200);
        String id = ArkClient.json(created).get("id").asText();
        assertThat(id).matches("cgt-\\d{14}-[a-z0-9]{5}");
        JsonNode queued = ark.task(id);
        assertThat(queued.get("status").asText()).isEqualTo("queued");
        assertThat(queued.get("model").asText()).isEqualTo(SEEDANCE_2_0);
        assertThat(queued.get("created_at").asLong()).isBetween(before, before + 5);
        assertThat(queued.has("content")).isFalse();
        assertThat(queued.has("usage")).isFalse();

        await().pollInterval(Duration.ofMillis(50)).until(() -> ark.status(id).equals("running"));
        await().pollInterval(Duration.ofMillis(50)).until(() -> ark.status(id).equals("succeeded"));

        JsonNode done = ark.task(id);
        assertThat(done.get("updated_at").asLong()).isGreaterThanOrEqualTo(done.get("created_at").asLong());
        assertThat(done.get("service_tier").asText()).isEqualTo("default");
        assertThat(done.get("execution_expires_after").asInt()).isEqualTo(172_800);
        assertThat(done.get("priority").asInt()).isZero();
        assertThat(done.get("draft").asBoolean()).isFalse();
        assertThat(done.get("generate_audio").asBoolean()).isTrue();
        assertThat(done.get("resolution").asText()).isEqualTo("720p");
        assertThat(done.get("ratio").asText()).isEqualTo("16:9");
        assertThat(done.get("duration").asInt()).isEqualTo(5);
        assertThat(done.has("frames")).isFalse();
        assertThat(done.get("framespersecond").asInt()).isEqualTo(24);
        assertThat(done.get("seed").asLong()).isBetween(0L, (1L << 31) - 1);
        assertThat(done.at("/usage/completion_tokens").asLong()).isEqualTo(1280L * 720 * 121 / 1024);
        assertThat(done.at("/usage/total_tokens").asLong()).isEqualTo(108_900);
        assertThat(done.has("error")).isFalse();

        String videoUrl = done.at("/content/video_url").asText();
        assertThat(videoUrl).isEqualTo(SIM.simulator().baseUri() + "/files/" + id + ".mp4");
        HttpResponse<byte[]> video = ark.download(videoUrl);
        assertThat(video.statusCode()).isEqualTo(200);
        assertThat(video.headers().firstValue("Content-Type")).hasValue("video/mp4");
        byte[] expectedVideo = SIM.simulator().video(id).orElseThrow();
        assertThat(video.headers().firstValueAsLong("Content-Length")).hasValue(expectedVideo.length);
        assertThat(new String(video.body(), 4, 4, StandardCharsets.US_ASCII)).isEqualTo("ftyp");
        assertThat(video.body()).isEqualTo(expectedVideo);

        HttpResponse<byte[]> lastFrame = ark.download(done.at("/content/last_frame_url").asText());
        assertThat(lastFrame.statusCode()).isEqualTo(200);
        assertThat(lastFrame.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(Arrays.copyOf(lastFrame.body(), 8))
                .isEqualTo(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        assertThat(lastFrame.body()).isEqualTo(SIM.simulator().lastFrame(id).orElseThrow());
    }

    @Test
    void simulatorShowsTheSameTaskJsonAsTheApi() {
        String id = ark.createWithPrompt("a lighthouse at dusk [sim:queue=600000]");

        assertThat(SIM.simulator().task(id)).hasValue(ark.task(id));
        assertThat(SIM.simulator().task("cgt-20200101000000-nope0")).isEmpty();
    }

    @Test
    void seedanceOneReportsItsOwnDefaultsAndPixelSizes() {
        String id = ark.createTask(body(SEEDANCE_1_0_PRO, items(TEXT, FIRST_FRAME),
                "'frames':57,'ratio':'adaptive','seed':42,'resolution':'720p'"));

        JsonNode done = awaitSucceeded(id);
        assertThat(done.get("frames").asInt()).isEqualTo(57);
        assertThat(done.has("duration")).isFalse();
        assertThat(done.get("ratio").asText()).isEqualTo("16:9");
        assertThat(done.get("seed").asLong()).isEqualTo(42);
        assertThat(done.at("/usage/completion_tokens").asLong()).isEqualTo(1248L * 704 * 57 / 1024);
        assertThat(done.has("generate_audio")).isFalse();
        assertThat(done.has("priority")).isFalse();
        assertThat(done.at("/content/last_frame_url").isMissingNode()).isTrue();
    }

    @Test
    void defaultResolutionOfSeedanceOneIs1080p() {
        JsonNode done = awaitSucceeded(ark.createTask(body(SEEDANCE_1_0_PRO, TEXT, "'duration':2")));

        assertThat(done.get("resolution").asText()).isEqualTo("1080p");
        assertThat(done.at("/usage/completion_tokens").asLong()).isEqualTo(1920L * 1088 * 49 / 1024);
    }

    @Test
    void echoesWhatTheClientSent() {
        HttpResponse<String> created = ark.create(body("doubao-seedance-2-0-260128", TEXT,
                "'safety_identifier':'user-hash-1','priority':3,'generate_audio':false,'duration':-1,"
                        + "'tools':[{'type':'web_search'}],'execution_expires_after':3600,'seed':-1"));
        JsonNode answer = ArkClient.json(created);
        assertThat(answer.get("safety_identifier").asText()).isEqualTo("user-hash-1");

        JsonNode done = awaitSucceeded(answer.get("id").asText());
        assertThat(done.get("model").asText()).isEqualTo("doubao-seedance-2-0-260128");
        assertThat(done.get("safety_identifier").asText()).isEqualTo("user-hash-1");
        assertThat(done.get("priority").asInt()).isEqualTo(3);
        assertThat(done.get("generate_audio").asBoolean()).isFalse();
        assertThat(done.get("duration").asInt()).isEqualTo(5);
        assertThat(done.get("execution_expires_after").asInt()).isEqualTo(3600);
        assertThat(done.get("seed").asLong()).isNotNegative();
        assertThat(done.get("tools").toString()).isEqualTo("[{\"type\":\"web_search\"}]");
    }

    @Test
    void draftIsRenderedAt480p() {
        JsonNode done = awaitSucceeded(ark.createTask(body(SEEDANCE_1_5_PRO, TEXT, "'draft':true")));

        assertThat(done.get("draft").asBoolean()).isTrue();
        assertThat(done.get("resolution").asText()).isEqualTo("480p");
        assertThat(done.at("/usage/completion_tokens").asLong()).isEqualTo(864L * 496 * 121 / 1024);
    }

    @Test
    void taskIdsAreUnique() {
        Set<String> ids = new HashSet<>();
        IntStream.range(0, 200).forEach(i -> ids.add(ark.createWithPrompt("clip " + i)));

        assertThat(ids).hasSize(200);
    }

    @Test
    void filesExistOnlyForSucceededTasksAndRequestedLastFrames() {
        String id = ark.createWithPrompt("no last frame please");
        String base = SIM.simulator().baseUri() + "/files/";
        assertThat(ark.download(base + id + ".mp4").statusCode()).isEqualTo(404);

        awaitSucceeded(id);

        assertThat(ark.download(base + id + ".mp4").statusCode()).isEqualTo(200);
        assertThat(ark.download(base + id + "-last-frame.png").statusCode()).isEqualTo(404);
        assertThat(ark.download(base + "cgt-20200101000000-nope0.mp4").statusCode()).isEqualTo(404);
    }

    private JsonNode awaitSucceeded(String id) {
        await().atMost(Duration.ofSeconds(5)).until(() -> ark.status(id).equals("succeeded"));
        return ark.task(id);
    }
}
