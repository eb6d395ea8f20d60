package io.camelseedance.simulator;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collections;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.camelseedance.simulator.Bodies.FIRST_FRAME;
import static io.camelseedance.simulator.Bodies.LAST_FRAME;
import static io.camelseedance.simulator.Bodies.REFERENCE_IMAGE;
import static io.camelseedance.simulator.Bodies.SEEDANCE_1_0_PRO;
import static io.camelseedance.simulator.Bodies.SEEDANCE_1_5_PRO;
import static io.camelseedance.simulator.Bodies.TEXT;
import static io.camelseedance.simulator.Bodies.VIDEO;
import static io.camelseedance.simulator.Bodies.body;
import static io.camelseedance.simulator.Bodies.items;
import static io.camelseedance.simulator.Bodies.json;
import static io.camelseedance.simulator.Bodies.repeat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The rules the seeds state where an earlier simulator followed the component instead, each with a request the seed
 * allows and one it forbids: written from the seed text (quoted), not from the component.
 */
class SeedRulesTest {

    private static final String LITE_T2V = "doubao-seedance-1-0-lite-t2v-250428";
    private static final String LITE_I2V = "doubao-seedance-1-0-lite-i2v-250428";
    private static final String GENERATIONS = "/v2/videos/generations";
    private static final String ENDPOINT = "ep-20260101000000-abcde";

    @RegisterExtension
    static final SeedanceSimulatorExtension SIM = new SeedanceSimulatorExtension(SeedanceSimulator.builder()
            .apiKey("key").queuedFor(Duration.ofMillis(50)).runningFor(Duration.ofMillis(100))
            .endpoint(ENDPOINT, "doubao-seedance-1-0-pro-250528"));

    private ArkClient ark;
    private ArkClient ace;
    private ArkClient relay;

    @BeforeEach
    void setUp() {
        ark = new ArkClient(SIM.simulator(), "key");
        ace = new ArkClient(SIM.baseUrl("acedata"), "key");
        relay = new ArkClient(SIM.baseUrl("unified"), "key");
    }

    // seed 001: "You only need to specify either duration or frames, and frames takes precedence over duration"
    @Test
    void arkRendersFramesWhenDurationIsSentToo() {
        String id = ark.createTask(body(SEEDANCE_1_0_PRO, TEXT, "'frames':57,'duration':5"));

        JsonNode done = succeeded(id);
        assertThat(done.get("frames").asInt()).isEqualTo(57);
        assertThat(done.has("duration")).isFalse();
        assertRefused(ark.create(body(SEEDANCE_1_0_PRO, TEXT, "'frames':58,'duration':5")), "frames");
    }

    // seed 000: frames "is mutually exclusive with the duration parameter and cannot be specified at the same time"
    @Test
    void aceDataRefusesFramesWithDuration() {
        HttpResponse<String> both = ace.post("/seedance/videos", aceBody("'frames':57,'duration':5"));

        assertThat(both.statusCode()).isEqualTo(400);
        assertThat(ArkClient.json(both).at("/error/message").asText()).contains("mutually exclusive");
        assertThat(ace.post("/seedance/videos", aceBody("'frames':57")).statusCode()).isEqualTo(200);
    }

    // seed 000: "duration number"; seed 001 reaches fractional seconds through frames = duration x 24, as 25 + 4n
    @Test
    void aceDataTakesAFractionalDuration() {
        HttpResponse<String> created = ace.post("/seedance/videos", aceBody("'duration':4.5"));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        String id = ArkClient.json(created).get("task_id").asText();
        await().atMost(Duration.ofSeconds(20)).until(() -> aceTask(id).at("/response/success").asBoolean());
        assertThat(aceTask(id).at("/response/data/frames").asInt()).isEqualTo(109);
        assertThat(ace.post("/seedance/videos", aceBody("'duration':'4.5s'")).statusCode()).isEqualTo(400);
    }

    // seed 000: "other models will ignore this parameter"
    @Test
    void aceDataLetsASilentModelIgnoreGenerateAudio() {
        assertThat(ace.post("/seedance/videos", aceBody("'generate_audio':true")).statusCode()).isEqualTo(200);
        assertRefused(ark.create(body(SEEDANCE_1_0_PRO, TEXT, "'generate_audio':true")), "generate_audio");
    }

    // seed 001: 2.0 "supports only online inference mode and does not support configuring this parameter"
    @ParameterizedTest
    @ValueSource(strings = {"default", "flex"})
    void seedance20TakesNoServiceTier(String tier) {
        assertRefused(ark.create(body("doubao-seedance-2-0-260128", TEXT, "'service_tier':'" + tier + "'")),
                "service_tier");
        assertThat(ark.create(body(SEEDANCE_1_0_PRO, TEXT, "'service_tier':'" + tier + "'")).statusCode())
                .isEqualTo(200);
    }

    // seed 001: "Overseas nodes currently do not support web_search"; the dreamina-* ids are BytePlus' own
    @Test
    void webSearchOnlyOffOverseasNodes() {
        String tools = "'tools':[{'type':'web_search'}]";
        assertRefused(ark.create(body("dreamina-seedance-2-0-260128", TEXT, tools)), "tools");
        assertThat(ark.create(body("doubao-seedance-2-0-260128", TEXT, tools)).statusCode()).isEqualTo(200);
    }

    // seed 002 and seed 000: lite-t2v is text-to-video, lite-i2v takes a first frame, first and last frames or
    // reference images, and "lite models default to 480p"
    @Test
    void theLiteModelsTakeWhatTheirModeTakes() {
        String t2v = ark.createTask(body(LITE_T2V, TEXT, ""));
        assertThat(succeeded(t2v).get("resolution").asText()).isEqualTo("480p");
        assertRefused(ark.create(body(LITE_T2V, items(TEXT, FIRST_FRAME), "")), "content");

        assertThat(ark.create(body(LITE_I2V, items(TEXT, FIRST_FRAME), "")).statusCode()).isEqualTo(200);
        assertThat(ark.create(body(LITE_I2V, items(FIRST_FRAME, LAST_FRAME), "")).statusCode()).isEqualTo(200);
        assertThat(ark.create(body(LITE_I2V, repeat(REFERENCE_IMAGE, 4), "")).statusCode()).isEqualTo(200);
        assertRefused(ark.create(body(LITE_I2V, repeat(REFERENCE_IMAGE, 5), "")), "content");
        assertRefused(ark.create(body(LITE_I2V, TEXT, "")), "content");
        assertRefused(ark.create(body(LITE_I2V, items(FIRST_FRAME, VIDEO), "")), "content");
    }

    // seed 002's own example, and the roles the relay reads from the order and count of images
    @Test
    void theRelayReadsImageRolesFromTheirCountForLiteI2v() {
        assertThat(relay.post(GENERATIONS, relayBody(LITE_T2V, 1)).statusCode()).isEqualTo(200);
        for (int images = 1; images <= 4; images++) {
            assertThat(relay.post(GENERATIONS, relayBody(LITE_I2V, images)).statusCode()).as("%d images", images)
                    .isEqualTo(200);
        }
        assertThat(relay.post(GENERATIONS, relayBody(LITE_I2V, 5)).statusCode()).isEqualTo(400);
        assertThat(relay.post(GENERATIONS, relayBody(LITE_I2V, 0)).statusCode()).isEqualTo(400);
        assertThat(relay.post(GENERATIONS, relayBody("doubao-seedance-1-0-pro-250528", 3)).statusCode())
                .isEqualTo(400);
    }

    // seed 001: "Sample task ID: A sample video generated using the seedance model. The model can generate a
    // high-quality official video based on the sample."
    @Test
    void aSucceededDraftRendersIntoAFinalVideoThatNamesIt() {
        String draft = ark.createTask(body(SEEDANCE_1_5_PRO, TEXT, "'draft':true,'ratio':'4:3','duration':6"));
        JsonNode preview = succeeded(draft);
        assertThat(preview.get("draft").asBoolean()).isTrue();
        assertThat(preview.get("resolution").asText()).isEqualTo("480p");

        String finalId = ark.createTask(body(SEEDANCE_1_5_PRO, draftItem(draft), "'resolution':'1080p'"));
        JsonNode done = succeeded(finalId);
        assertThat(done.get("draft_task_id").asText()).isEqualTo(draft);
        assertThat(done.get("draft").asBoolean()).isFalse();
        assertThat(done.get("resolution").asText()).isEqualTo("1080p");
        assertThat(done.get("ratio").asText()).isEqualTo("4:3");
        assertThat(done.get("duration").asInt()).isEqualTo(6);
        assertThat(done.get("seed").asLong()).isEqualTo(preview.get("seed").asLong());
    }

    @Test
    void onlyASucceededDraftOfTheSameModelCanBeRendered() {
        String notADraft = ark.createTask(body(SEEDANCE_1_5_PRO, TEXT, ""));
        succeeded(notADraft);
        assertRefused(ark.create(body(SEEDANCE_1_5_PRO, draftItem(notADraft), "")), "content");

        String draft = ark.createTask(body(SEEDANCE_1_5_PRO, TEXT, "'draft':true"));
        assertThat(ark.status(draft)).isNotEqualTo("succeeded");
        assertRefused(ark.create(body(SEEDANCE_1_5_PRO, draftItem(draft), "")), "content");

        succeeded(draft);
        assertRefused(ark.create(body("doubao-seedance-1-0-pro-250528", draftItem(draft), "")), "content");
        assertThat(ark.create(body("doubao-seedance-1-5-pro-251215", draftItem(draft), "")).statusCode())
                .isEqualTo(200);
    }

    // seed 001: "You can also use an endpoint ID to call a model"
    @Test
    void anEndpointIdRunsTheModelItServes() {
        String id = ark.createTask(body(ENDPOINT, TEXT, "'frames':57"));

        assertThat(succeeded(id).get("model").asText()).isEqualTo("doubao-seedance-1-0-pro-250528");
        assertRefused(ark.create(body(ENDPOINT, TEXT, "'generate_audio':true")), "generate_audio");
        HttpResponse<String> unknown = ark.create(body("ep-20990101000000-zzzzz", TEXT, ""));
        assertThat(unknown.statusCode()).isEqualTo(404);
    }

    private JsonNode aceTask(String id) {
        return ArkClient.json(ace.post("/seedance/tasks", json("{'id':'" + id + "','action':'retrieve'}")));
    }

    private JsonNode succeeded(String id) {
        await().atMost(Duration.ofSeconds(20)).until(() -> ark.status(id).equals("succeeded"));
        return ark.task(id);
    }

    private static void assertRefused(HttpResponse<String> response, String param) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(ArkClient.json(response).at("/error/param").asText()).isEqualTo(param);
    }

    private static String draftItem(String id) {
        return "{'type':'draft_task','draft_task':{'id':'" + id + "'}}";
    }

    private static String aceBody(String extra) {
        return json("{'model':'doubao-seedance-1-0-pro-250528','async':true,'content':[" + TEXT + "]," + extra
                + "}");
    }

    private static String relayBody(String model, int images) {
        String urls = String.join(",", Collections.nCopies(images, "'https://example.com/i.jpg'"));
        return json("{'prompt':'dance','model':'" + model + "','images':[" + urls + "]}");
    }
}
