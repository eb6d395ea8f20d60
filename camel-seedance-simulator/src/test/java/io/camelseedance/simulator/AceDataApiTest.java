package io.camelseedance.simulator;

import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.camelseedance.simulator.Bodies.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class AceDataApiTest {

    private static final String VIDEOS = "/seedance/videos";
    private static final String TASKS = "/seedance/tasks";
    private static final String MODEL = "doubao-seedance-2-0-fast-260128";

    @RegisterExtension
    static final SeedanceSimulatorExtension SIM = new SeedanceSimulatorExtension(SeedanceSimulator.builder()
            .apiKey("ace-key").queuedFor(Duration.ofMillis(100)).runningFor(Duration.ofMillis(200))
            .retryAfterSeconds(2));

    private final CallbackReceiver receiver = new CallbackReceiver();
    private ArkClient ace;

    @BeforeEach
    void setUp() {
        ace = new ArkClient(SIM.baseUrl("acedata"), "ace-key");
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    private static String body(String prompt, String extra) {
        return json("{'model':'" + MODEL + "','content':[{'type':'text','text':'" + prompt + "'},"
                + "{'type':'image_url','role':'reference_image',"
                + "'image_url':{'url':'https://cdn.example.com/face.jpg'}}],"
                + "'resolution':'480p','ratio':'9:16','duration':5,'camerafixed':false" + extra + "}");
    }

    private String createAsync(String prompt) {
        HttpResponse<String> created = ace.post(VIDEOS, body(prompt, ",'async':true"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        return ArkClient.json(created).get("task_id").asText();
    }

    private JsonNode retrieve(String id) {
        HttpResponse<String> answer = ace.post(TASKS, json("{'id':'" + id + "','action':'retrieve'}"));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return ArkClient.json(answer);
    }

    @Test
    void anAsyncCreateAnswersAtOnceAndTheQueryFollowsTheTask() {
        String id = createAsync("a woman waves [sim:queue=60000]");

        assertThat(id).matches("[0-9a-f-]{36}");
        JsonNode queued = retrieve(id);
        assertThat(queued.get("id").asText()).isEqualTo(id);
        assertThat(queued.get("state").asText()).isEmpty();
        assertThat(queued.at("/response/data").isArray()).isTrue();
        assertThat(queued.at("/response/data").isEmpty()).isTrue();
        assertThat(queued.at("/request/camerafixed").asBoolean(true)).isFalse();
    }

    @Test
    void aFinishedTaskHasDataAsAnObjectByDefault() {
        String id = createAsync("a woman waves");

        await().until(() -> retrieve(id).has("response") && retrieve(id).at("/response/success").asBoolean());
        JsonNode response = retrieve(id).get("response");
        assertThat(response.get("task_id").asText()).isEqualTo(id);
        assertThat(response.get("trace_id").asText()).matches("[0-9a-f-]{36}");
        JsonNode data = response.get("data");
        assertThat(data.get("task_id").asText()).startsWith("cgt-");
        assertThat(data.get("status").asText()).isEqualTo("succeeded");
        assertThat(data.get("model").asText()).isEqualTo(MODEL);
        assertThat(data.get("resolution").asText()).isEqualTo("480p");
        assertThat(data.get("ratio").asText()).isEqualTo("9:16");
        assertThat(data.get("duration").asInt()).isEqualTo(5);
        assertThat(data.get("last_frame_url").isNull()).isTrue();
        assertThat(ArkClient.isMp4(ace.download(data.get("video_url").asText()).body())).isTrue();
    }

    @Test
    void aRunningTaskShowsAProcessingState() {
        String id = createAsync("slow [sim:queue=0] [sim:render=60000]");

        await().until(() -> "processing".equals(retrieve(id).path("state").asText()));
        assertThat(retrieve(id).has("response")).isFalse();
    }

    @Test
    void theArrayShapeCarriesArkTasks() {
        String id = createAsync("a woman waves [sim:shape=array]");

        await().until(() -> retrieve(id).at("/response/data/0/status").asText().equals("succeeded"));
        JsonNode arkTask = retrieve(id).at("/response/data/0");
        assertThat(arkTask.get("id").asText()).startsWith("cgt-");
        assertThat(arkTask.get("model").asText()).isEqualTo(MODEL);
        assertThat(arkTask.at("/content/video_url").asText()).endsWith(".mp4");
        assertThat(arkTask.at("/usage/total_tokens").asLong()).isPositive();
    }

    @Test
    void aBlockingCreateAnswersOnlyWithTheFinishedVideo() {
        HttpResponse<String> answer = ace.post(VIDEOS, body("a woman waves", ",'return_last_frame':true"));

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode result = ArkClient.json(answer);
        assertThat(result.get("success").asBoolean()).isTrue();
        assertThat(result.get("task_id").asText()).matches("[0-9a-f-]{36}");
        assertThat(result.at("/data/status").asText()).isEqualTo("succeeded");
        assertThat(ace.download(result.at("/data/last_frame_url").asText()).headers()
                .firstValue("Content-Type")).hasValue("image/png");
        assertThat(retrieve(result.get("task_id").asText()).get("response")).isEqualTo(result);
    }

    @Test
    void aBlockingCreateOfAFailingTaskAnswersWithTheError() {
        JsonNode result = ArkClient.json(ace.post(VIDEOS,
                body("bad [sim:fail=OutputVideoSensitiveContentDetected] [sim:shape=array]", "")));

        assertThat(result.get("success").asBoolean()).isFalse();
        assertThat(result.at("/error/code").asText()).isEqualTo("OutputVideoSensitiveContentDetected");
        assertThat(result.at("/data/0/status").asText()).isEqualTo("failed");
    }

    @Test
    void aCallbackUrlGetsTheResultOnce() {
        HttpResponse<String> created = ace.post(VIDEOS, body("call me", ",'callback_url':'" + receiver.url() + "'"));
        String id = ArkClient.json(created).get("task_id").asText();

        await().until(() -> receiver.received().size() == 1);
        JsonNode callback = receiver.received().get(0).body();
        assertThat(callback.get("success").asBoolean()).isTrue();
        assertThat(callback.get("task_id").asText()).isEqualTo(id);
        assertThat(callback.at("/data/status").asText()).isEqualTo("succeeded");
        // the simulator records a delivery once the receiver has answered, a moment after it received the body
        await().until(() -> SIM.simulator().callbacks().stream().anyMatch(delivery -> delivery.taskId().equals(id)));
        assertThat(SIM.simulator().callbacks()).filteredOn(delivery -> delivery.taskId().equals(id))
                .extracting(CallbackDelivery::status, CallbackDelivery::responseCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("succeeded", 200));
    }

    @Test
    void retrievesABatch() {
        String a = createAsync("batch a [sim:queue=60000]");
        String b = createAsync("batch b [sim:queue=60000]");

        JsonNode batch = ArkClient.json(ace.post(TASKS,
                json("{'ids':['" + a + "','" + b + "','no-such-task'],'action':'retrieve_batch'}")));

        assertThat(batch.get("count").asInt()).isEqualTo(2);
        assertThat(batch.get("items").findValuesAsText("id")).containsExactly(a, b);
    }

    @ParameterizedTest
    @ValueSource(strings = {",'camera_fixed':false", ",'async':'yes'", ",'callback_url':'ftp://x'",
            ",'tools':[{'type':'web_search'}]", ",'frames':29", ",'seed':-2"})
    void refusesWhatAceOrArkWouldRefuse(String extra) {
        HttpResponse<String> answer = ace.post(VIDEOS, body("x", extra));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        JsonNode error = ArkClient.json(answer);
        assertThat(error.get("success").asBoolean()).isFalse();
        assertThat(error.at("/error/code").asText()).isEqualTo("bad_request");
        assertThat(error.get("trace_id").asText()).matches("[0-9a-f-]{36}");
    }

    @Test
    void refusesVideoContentAndUnknownModels() {
        String video = json("{'model':'" + MODEL + "','async':true,'content':[{'type':'text','text':'x'},"
                + "{'type':'video_url','role':'reference_video','video_url':{'url':'https://e.com/v.mp4'}}]}");
        assertThat(ArkClient.json(ace.post(VIDEOS, video)).at("/error/message").asText()).contains("text")
                .contains("image_url");
        HttpResponse<String> unknownModel = ace.post(VIDEOS, body("x", ",'async':true").replace(MODEL, "doubao-x"));
        assertThat(unknownModel.statusCode()).isEqualTo(400);
        assertThat(ArkClient.json(unknownModel).at("/error/message").asText()).contains("doubao-x");
    }

    @Test
    void checksTheBearerToken() {
        HttpResponse<String> none = new ArkClient(SIM.baseUrl("acedata"), null).post(TASKS, "{}");
        HttpResponse<String> wrong = new ArkClient(SIM.baseUrl("acedata"), "nope").post(TASKS, "{}");

        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(ArkClient.json(none).at("/error/code").asText()).isEqualTo("no_token");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(ArkClient.json(wrong).at("/error/code").asText()).isEqualTo("invalid_token");
    }

    @Test
    void triggersAnswerInAcesErrorFormat() {
        HttpResponse<String> overloaded = ace.post(VIDEOS, body("[sim:status=503]", ",'async':true"));
        HttpResponse<String> throttled = ace.post(VIDEOS, body("[sim:429x1]", ",'async':true"));
        HttpResponse<String> rejected = ace.post(VIDEOS,
                body("[sim:reject=InputImageSensitiveContentDetected.PrivacyInformation]", ",'async':true"));

        assertThat(overloaded.statusCode()).isEqualTo(503);
        assertThat(ArkClient.json(overloaded).at("/error/code").asText()).isEqualTo("api_error");
        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(ArkClient.json(throttled).at("/error/code").asText()).isEqualTo("too_many_requests");
        assertThat(throttled.headers().firstValue("Retry-After")).hasValue("2");
        assertThat(ArkClient.json(rejected).at("/error/message").asText()).contains("real person");
        assertThat(ace.post(VIDEOS, body("[sim:429x1]", ",'async':true")).statusCode()).isEqualTo(200);
    }

    @Test
    void scheduledFailuresAndUnknownThingsAnswerInAcesFormat() {
        SIM.simulator().failNext("POST", "/acedata/seedance/tasks", 500, 1);

        assertThat(ArkClient.json(ace.post(TASKS, "{}")).at("/error/code").asText()).isEqualTo("api_error");
        assertThat(ace.post(TASKS, json("{'id':'nope','action':'retrieve'}")).statusCode()).isEqualTo(404);
        assertThat(ArkClient.json(ace.post(TASKS, json("{'id':'x','action':'delete'}"))).at("/error/code").asText())
                .isEqualTo("bad_request");
        assertThat(ArkClient.json(ace.post(TASKS, json("{'id':'x','action':'retrieve','v':1}")))
                .at("/error/message").asText()).contains("`v`");
        HttpResponse<String> noApi = ace.send(ace.request("/seedance/videos").GET());
        assertThat(noApi.statusCode()).isEqualTo(404);
        assertThat(ArkClient.json(noApi).at("/error/code").asText()).isEqualTo("no_api");
        assertThat(SIM.simulator().requests("POST", "/acedata/seedance/tasks")).isNotEmpty();
        assertThat(SIM.baseUrl("acedata")).isEqualTo(SIM.simulator().baseUri() + "/acedata");
    }
}
