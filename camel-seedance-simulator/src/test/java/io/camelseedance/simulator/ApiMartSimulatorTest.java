package io.camelseedance.simulator;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ApiMartSimulatorTest {

    private static final String KEY = "apimart-key";

    @RegisterExtension
    final SeedanceSimulatorExtension sim = new SeedanceSimulatorExtension(SeedanceSimulator.builder()
            .apiKey(KEY).queuedFor(Duration.ofMillis(50)).runningFor(Duration.ofMillis(100)));

    private GatewayClient apiMart() {
        return new GatewayClient(sim.baseUrl("apimart"), KEY);
    }

    private static String taskId(HttpResponse<String> created) {
        return GatewayClient.json(created).at("/data/0/task_id").asText();
    }

    private JsonNode task(String id) {
        return GatewayClient.json(apiMart().task(id));
    }

    private String status(String id) {
        return task(id).at("/data/status").asText();
    }

    // the examples of APIMart's own documentation
    @ParameterizedTest
    @ValueSource(strings = {
            """
        {"model":"doubao-seedance-2.0","prompt":"The kitten stands up and walks toward the camera",\
        "image_urls":["https://example.com/cat.jpg"],"duration":5}""",
            """
        {"model":"doubao-seedance-2.0","prompt":"A scene of a person speaking",\
        "video_urls":["https://example.com/reference.mp4"],"audio_urls":["https://example.com/speech.wav"],\
        "size":"16:9","duration":11}""",
            """
        {"model":"doubao-seedance-2.0","prompt":"A man stops a woman and says: \\"Remember, you must never point\
         your finger at the moon.\\"","generate_audio":true}""",
            """
        {"model":"doubao-seedance-2.0","prompt":"First-person POV fruit tea advertisement",\
        "image_urls":["https://example.com/tea_pic1.jpg","https://example.com/tea_pic2.jpg"],\
        "video_urls":["https://example.com/tea_video1.mp4"],"audio_urls":["https://example.com/tea_audio1.mp3"],\
        "generate_audio":true,"size":"16:9","duration":11}"""})
    void acceptsTheDocumentedExamplesWithASubmissionEnvelope(String body) {
        HttpResponse<String> created = apiMart().createJson(body);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        JsonNode envelope = GatewayClient.json(created);
        assertThat(envelope.get("code").asInt()).isEqualTo(200);
        assertThat(envelope.get("data")).hasSize(1);
        assertThat(envelope.at("/data/0/status").asText()).isEqualTo("submitted");
        assertThat(taskId(created)).matches("task_01[0-9A-HJKMNP-TV-Z]{24}");
    }

    @Test
    void followsATaskToAVideoAndItsLastFrame() {
        String id = taskId(apiMart().create("{'model':'doubao-seedance-2.0-fast','prompt':'a kite [sim:queue=1000]',"
                + "'resolution':'720p','return_last_frame':true,'tools':[{'type':'web_search'}]}"));

        JsonNode pending = task(id);
        assertThat(pending.get("code").asInt()).isEqualTo(200);
        assertThat(pending.at("/data/id").asText()).isEqualTo(id);
        assertThat(pending.at("/data/status").asText()).isEqualTo("pending");
        assertThat(pending.at("/data/progress").asInt()).isZero();
        await().until(() -> status(id).equals("completed"));

        JsonNode done = task(id).get("data");
        assertThat(done.get("progress").asInt()).isEqualTo(100);
        assertThat(done.get("completed").asLong()).isGreaterThanOrEqualTo(done.get("created").asLong());
        assertThat(done.at("/result/videos/0/expires_at").asLong())
                .isEqualTo(done.get("completed").asLong() + 72 * 3600);
        assertThat(GatewayClient.isMp4(apiMart().download(done.at("/result/videos/0/url/0").asText()))).isTrue();
        byte[] png = apiMart().download(done.at("/result/images/0/url/0").asText());
        assertThat(new String(png, 1, 3, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PNG");
        assertThat(apiMart().get(GatewayClient.TASKS + id + "?language=zh").statusCode()).isEqualTo(200);
    }

    @Test
    void reportsFailuresAndTimeoutsInTheTask() {
        String failed = taskId(apiMart().create("{'model':'doubao-seedance-2.0','prompt':'[sim:fail=moderation]'}"));
        String expired = taskId(apiMart().create("{'model':'doubao-seedance-2.0','prompt':'[sim:expire]'}"));

        await().until(() -> status(failed).equals("failed") && status(expired).equals("failed"));

        assertThat(task(failed).at("/data/error/code").asText()).isEqualTo("moderation");
        assertThat(task(failed).at("/data/error/message").asText()).isNotBlank();
        assertThat(task(expired).at("/data/error/code").asText()).isEqualTo("generation_timeout");
        assertThat(task(failed).at("/data/result").isMissingNode()).isTrue();
    }

    @Test
    void theSameIdempotencyKeyReturnsTheSameTaskAndCreatesNoSecond() {
        String body = "{'model':'doubao-seedance-2.0','prompt':'only once'}";

        HttpResponse<String> first = apiMart().create(body, "key-1");
        HttpResponse<String> again = apiMart().create(body, "key-1");
        HttpResponse<String> otherBody = apiMart().create("{'model':'doubao-seedance-2.0','prompt':'other'}", "key-1");

        assertThat(taskId(again)).isEqualTo(taskId(first));
        assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(otherBody.statusCode()).isEqualTo(409);
        assertThat(sim.simulator().createdTaskIds()).hasSize(1);
    }

    @Test
    void aReSendWhileTheFirstAnswerIsStillPendingGetsTheSameTask() throws Exception {
        String body = "{'model':'doubao-seedance-2.0','prompt':'slow answer [sim:delay=3000]'}";
        CompletableFuture<HttpResponse<String>> first = apiMart().createAsync(body, "key-2");
        await().atMost(Duration.ofSeconds(2)).until(() -> sim.simulator().createdTaskIds().size() == 1);

        HttpResponse<String> resent = apiMart().create(body, "key-2");

        assertThat(first).isNotDone();
        assertThat(resent.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(taskId(first.get())).isEqualTo(taskId(resent));
        assertThat(sim.simulator().createdTaskIds()).hasSize(1);
    }

    @Test
    void aRefusedCreateIsNotRememberedSoItsKeyMayBeUsedAgain() {
        sim.simulator().failNext("POST", "/apimart/v1/videos/generations", 500, 1);
        String body = "{'model':'doubao-seedance-2.0','prompt':'second time lucky'}";

        HttpResponse<String> failed = apiMart().create(body, "key-3");
        HttpResponse<String> resent = apiMart().create(body, "key-3");

        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(GatewayClient.json(failed).at("/error/type").asText()).isEqualTo("server_error");
        assertThat(resent.statusCode()).isEqualTo(200);
        assertThat(sim.simulator().task(taskId(resent))).isPresent();
        assertThat(sim.simulator().createdTaskIds()).hasSize(1);
    }

    @Test
    void createsWithoutAKeyAreNotDeduplicated() {
        String body = "{'model':'doubao-seedance-2.0','prompt':'twice'}";

        apiMart().create(body);
        apiMart().create(body);

        assertThat(sim.simulator().createdTaskIds()).hasSize(2);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown field|{'model':'doubao-seedance-2.0','prompt':'x','seed':7}|seed",
            "Ark ratio field|{'model':'doubao-seedance-2.0','prompt':'x','ratio':'16:9'}|ratio",
            "unknown model|{'model':'doubao-seedance-2-0-260128','prompt':'x'}|model",
            "no prompt, no media|{'model':'doubao-seedance-2.0'}|prompt",
            "1080p on fast|{'model':'doubao-seedance-2.0-fast','prompt':'x','resolution':'1080p'}|resolution",
            "three frames|{'model':'doubao-seedance-2.0','image_urls':['https://e.com/a.png','https://e.com/b.png','https://e.com/c.png']}|image_urls",
            "both image fields|{'model':'doubao-seedance-2.0','image_urls':['https://e.com/a.png'],'image_with_roles':[{'url':'https://e.com/b.png','role':'reference_image'}]}|image_with_roles",
            "frame with reference|{'model':'doubao-seedance-2.0','image_with_roles':[{'url':'https://e.com/a.png','role':'first_frame'},{'url':'https://e.com/b.png','role':'reference_image'}]}|image_with_roles",
            "last without first|{'model':'doubao-seedance-2.0','image_with_roles':[{'url':'https://e.com/a.png','role':'last_frame'}]}|image_with_roles",
            "unknown role|{'model':'doubao-seedance-2.0','image_with_roles':[{'url':'https://e.com/a.png','role':'style'}]}|image_with_roles",
            "audio alone|{'model':'doubao-seedance-2.0','prompt':'x','audio_urls':['https://e.com/a.mp3']}|audio_urls",
            "base64 video|{'model':'doubao-seedance-2.0','video_urls':['data:video/mp4;base64,AAAA']}|video_urls",
            "size as ratio|{'model':'doubao-seedance-2.0','prompt':'x','size':'1280x720'}|size",
            "too long|{'model':'doubao-seedance-2.0','prompt':'x','duration':16}|duration",
            "unknown tool|{'model':'doubao-seedance-2.0','prompt':'x','tools':[{'type':'code'}]}|tools",
    })
    void refusesWhatApiMartRefusesNamingTheParameter(String what, String body, String param) {
        HttpResponse<String> response = apiMart().create(body);

        assertThat(response.statusCode()).as(what).isEqualTo(400);
        JsonNode error = GatewayClient.json(response).get("error");
        assertThat(error.get("type").asText()).isEqualTo("invalid_request_error");
        assertThat(error.get("param").asText()).isEqualTo(param);
        assertThat(sim.simulator().createdTaskIds()).isEmpty();
    }

    @Test
    void checksTheKeyTheLanguageAndUnknownTasks() {
        HttpResponse<String> anonymous = new GatewayClient(sim.baseUrl("apimart"), null)
                .create("{'model':'doubao-seedance-2.0','prompt':'x'}");
        String id = taskId(apiMart().create("{'model':'doubao-seedance-2.0','prompt':'x'}"));

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(GatewayClient.json(anonymous).at("/error/type").asText()).isEqualTo("authentication_error");
        assertThat(apiMart().get(GatewayClient.TASKS + id + "?language=fr").statusCode()).isEqualTo(400);
        assertThat(apiMart().task("task_01NOPE").statusCode()).isEqualTo(404);
        assertThat(apiMart().send(apiMart().request(GatewayClient.TASKS + id).DELETE()).statusCode())
                .isEqualTo(405);
    }
}
