package io.camelseedance.simulator;

import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static io.camelseedance.simulator.Bodies.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class UnifiedApiTest {

    private static final String GENERATIONS = "/v2/videos/generations";
    private static final String SEED_EXAMPLE = json("{'prompt':'dance','model':'doubao-seedance-1-0-lite-t2v-250428',"
            + "'images':['https://webstatic.aiproxy.vip/dist/demo.jpg']}");

    @RegisterExtension
    static final SeedanceSimulatorExtension SIM = new SeedanceSimulatorExtension(SeedanceSimulator.builder()
            .apiKey("relay-key").queuedFor(Duration.ofMillis(100)).runningFor(Duration.ofMillis(200))
            .retryAfterSeconds(3));

    private ArkClient relay;

    @BeforeEach
    void setUp() {
        relay = new ArkClient(SIM.baseUrl("unified"), "relay-key");
    }

    private String create(String body) {
        HttpResponse<String> created = relay.post(GENERATIONS, body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        return ArkClient.json(created).get("task_id").asText();
    }

    private static String withPrompt(String prompt, String extra) {
        return json("{'prompt':'" + prompt + "','model':'doubao-seedance-1-0-pro-250528','images':[]" + extra + "}");
    }

    private JsonNode task(String id) {
        HttpResponse<String> answer = relay.get(GENERATIONS + "/" + id);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return ArkClient.json(answer);
    }

    @Test
    void theDocumentedExampleBecomesAVideo() {
        String id = create(SEED_EXAMPLE);

        assertThat(id).startsWith("cgt-");
        assertThat(task(id).get("status").asText()).isIn("QUEUED", "IN_PROGRESS", "SUCCESS");
        await().until(() -> task(id).get("status").asText().equals("SUCCESS"));
        JsonNode done = task(id);
        assertThat(done.get("task_id").asText()).isEqualTo(id);
        assertThat(done.get("progress").asText()).isEqualTo("100%");
        assertThat(done.get("fail_reason").asText()).isEmpty();
        assertThat(done.get("finish_time").asLong()).isGreaterThanOrEqualTo(done.get("submit_time").asLong());
        assertThat(ArkClient.isMp4(relay.download(done.at("/data/output").asText()).body())).isTrue();
        assertThat(done.at("/data/last_frame_url").isMissingNode()).isTrue();
    }

    @Test
    void showsQueuedAndInProgressTasks() {
        String queued = create(withPrompt("[sim:queue=60000]", ""));
        String running = create(withPrompt("[sim:queue=0] [sim:render=60000]", ""));

        assertThat(task(queued).get("status").asText()).isEqualTo("QUEUED");
        assertThat(task(queued).get("progress").asText()).isEqualTo("0%");
        assertThat(task(queued).get("finish_time").asLong()).isZero();
        await().until(() -> task(running).get("status").asText().equals("IN_PROGRESS"));
    }

    @Test
    void returnsTheLastFrameWhenAsked() {
        String id = create(json("{'prompt':'dance','model':'doubao-seedance-1-0-lite-i2v-250428',"
                + "'images':['https://webstatic.aiproxy.vip/dist/demo.jpg'],'duration':5,'resolution':'720p',"
                + "'ratio':'adaptive','watermark':false,'camerafixed':false,'return_last_frame':true}"));

        await().until(() -> task(id).get("status").asText().equals("SUCCESS"));
        assertThat(relay.download(task(id).at("/data/last_frame_url").asText()).headers()
                .firstValue("Content-Type")).hasValue("image/png");
    }

    @Test
    void failuresAndExpiriesAreFailuresWithAReason() {
        String failed = create(withPrompt("[sim:fail=OutputVideoSensitiveContentDetected]", ""));
        String expired = create(withPrompt("[sim:expire]", ""));

        await().until(() -> task(failed).get("status").asText().equals("FAILURE")
                && task(expired).get("status").asText().equals("FAILURE"));
        assertThat(task(failed).get("fail_reason").asText()).contains("output video may contain sensitive");
        assertThat(task(expired).get("fail_reason").asText()).contains("expired");
        assertThat(task(failed).has("data")).isFalse();
    }

    @Test
    void cutsAPromptOfMoreThan800CharactersAsTheRelayDoes() {
        // the directive is beyond the 800th character, so it never reaches the task
        String id = create(withPrompt("a".repeat(800) + "[sim:fail=Cut]", ",'duration':10,'seed':2147483647"));

        await().until(() -> task(id).get("status").asText().equals("SUCCESS"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"'ratio':'keep_ratio'", "'ratio':'9:21'", "'seed':0", "'duration':10",
            "'resolution':'1080p'", "'generate_audio':true"})
    void acceptsTheFormatsValues(String field) {
        assertThat(relay.post(GENERATIONS, withPrompt("ok", "," + field)).statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"'duration':6", "'seed':-1", "'seed':2147483648", "'ratio':'2:1'", "'resolution':'4k'",
            "'frames':57", "'callback_url':'https://x/cb'", "'camera_fixed':true", "'watermark':'no'"})
    void refusesWhatTheFormatDoesNotDocument(String field) {
        HttpResponse<String> answer = relay.post(GENERATIONS, withPrompt("x", "," + field));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        JsonNode error = ArkClient.json(answer).get("error");
        assertThat(error.get("type").asText()).isEqualTo("invalid_request_error");
        assertThat(error.get("code").asText()).isEqualTo("invalid_request");
        assertThat(error.get("param").asText()).isEqualTo(field.substring(1, field.indexOf("'", 1)));
    }

    @Test
    void requiresPromptModelAndImages() {
        assertThat(relay.post(GENERATIONS, json("{'model':'doubao-seedance-1-0-pro-250528','images':[]}"))
                .statusCode()).isEqualTo(400);
        String noImages = json("{'prompt':'x','model':'doubao-seedance-1-0-pro-250528'}");
        assertThat(ArkClient.json(relay.post(GENERATIONS, noImages))
                .at("/error/param").asText()).isEqualTo("images");
        assertThat(ArkClient.json(relay.post(GENERATIONS, json("{'prompt':'x','model':'dreamina-seedance-2-0-260128',"
                + "'images':[]}"))).at("/error/param").asText()).isEqualTo("model");
    }

    @Test
    void checksTheBearerToken() {
        HttpResponse<String> wrong = new ArkClient(SIM.baseUrl("unified"), "nope").post(GENERATIONS, SEED_EXAMPLE);

        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(ArkClient.json(wrong).at("/error/code").asText()).isEqualTo("invalid_api_key");
    }

    @Test
    void knowsOnlyItsOwnTasks() {
        String arkTask = new ArkClient(SIM.simulator(), "relay-key").createWithPrompt("made on Ark");

        assertThat(relay.get(GENERATIONS + "/" + arkTask).statusCode()).isEqualTo(404);
        assertThat(ArkClient.json(relay.get(GENERATIONS + "/cgt-nope")).at("/error/code").asText())
                .isEqualTo("task_not_exist");
        assertThat(relay.get(GENERATIONS).statusCode()).isEqualTo(405);
        assertThat(relay.get("/v1/videos").statusCode()).isEqualTo(404);
    }

    @Test
    void triggersAndFaultsAnswerInTheRelaysFormat() {
        HttpResponse<String> throttled = relay.post(GENERATIONS, withPrompt("[sim:status=429]", ""));
        SIM.simulator().failNext("GET", "/unified/", 502, 1);
        HttpResponse<String> scheduled = relay.get(GENERATIONS + "/cgt-x");

        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).hasValue("3");
        assertThat(ArkClient.json(throttled).at("/error/type").asText()).isEqualTo("upstream_error");
        assertThat(scheduled.statusCode()).isEqualTo(502);
        assertThat(ArkClient.json(scheduled).at("/error/code").asText()).isEqualTo("upstream_error");
    }
}
