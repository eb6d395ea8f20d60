package io.camelseedance.simulator;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class EvoLinkSimulatorTest {

    private static final String KEY = "evolink-key";
    private static final String TEXT_TO_VIDEO = "{'model':'seedance-2.0-text-to-video','prompt':'%s'}";

    @RegisterExtension
    final SeedanceSimulatorExtension sim = new SeedanceSimulatorExtension(SeedanceSimulator.builder()
            .apiKey(KEY).queuedFor(Duration.ofMillis(50)).runningFor(Duration.ofMillis(100)));

    private final CallbackReceiver receiver = new CallbackReceiver();

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    private GatewayClient evoLink() {
        return new GatewayClient(sim.baseUrl("evolink"), KEY);
    }

    private static String textToVideo(String prompt) {
        return String.format(TEXT_TO_VIDEO, prompt);
    }

    private String status(String id) {
        return GatewayClient.json(evoLink().task(id)).get("status").asText();
    }

    @Test
    void answersACreateWithTheTaskAndCompletesItWithADownloadableVideo() {
        HttpResponse<String> created = evoLink().create("{'model':'seedance-2.0-text-to-video','prompt':'a cat plays"
                + " the piano','duration':8,'quality':'720p','aspect_ratio':'16:9','generate_audio':true}");

        assertThat(created.statusCode()).isEqualTo(200);
        JsonNode task = GatewayClient.json(created);
        String id = task.get("id").asText();
        assertThat(id).matches("task-unified-\\d{10}-[a-z0-9]{6}");
        assertThat(task.get("object").asText()).isEqualTo("video.generation.task");
        assertThat(task.get("model").asText()).isEqualTo("seedance-2.0-text-to-video");
        assertThat(task.get("status").asText()).isEqualTo("pending");
        assertThat(task.get("progress").asInt()).isZero();
        assertThat(task.get("type").asText()).isEqualTo("video");
        assertThat(task.at("/task_info/can_cancel").asBoolean()).isTrue();
        assertThat(task.at("/task_info/video_duration").asInt()).isEqualTo(8);
        assertThat(task.at("/usage/billing_rule").asText()).isEqualTo("per_second");
        assertThat(task.has("results")).isFalse();
        assertThat(sim.simulator().createdTaskIds()).hasSize(1);

        await().until(() -> status(id).equals("completed"));

        JsonNode done = GatewayClient.json(evoLink().task(id));
        assertThat(done.get("progress").asInt()).isEqualTo(100);
        assertThat(done.at("/task_info/can_cancel").asBoolean()).isFalse();
        assertThat(done.get("results")).hasSize(1);
        assertThat(GatewayClient.isMp4(evoLink().download(done.at("/results/0").asText()))).isTrue();
        assertThat(sim.simulator().task(id)).hasValue(done);
    }

    @Test
    void reportsProgressWhileProcessing() {
        String id = GatewayClient.json(evoLink().create(textToVideo("slow [sim:render=60000]"))).get("id").asText();

        await().until(() -> status(id).equals("processing"));

        assertThat(GatewayClient.json(evoLink().task(id)).get("progress").asInt()).isBetween(1, 99);
    }

    @Test
    void takesTheMediaOfEachMode() {
        GatewayClient evoLink = evoLink();

        assertThat(evoLink.create("{'model':'seedance-2.0-image-to-video','prompt':'zoom in','image_urls':"
                + "['https://example.com/first.jpg','https://example.com/last.jpg'],'aspect_ratio':'adaptive'}")
                .statusCode()).isEqualTo(200);
        assertThat(evoLink.create("{'model':'seedance-2.0-fast-reference-to-video','prompt':'@Image1 dances',"
                + "'image_urls':['https://example.com/image1.jpg'],'video_urls':['https://example.com/reference.mp4'],"
                + "'audio_urls':['https://example.com/bgm.mp3']}").statusCode()).isEqualTo(200);
        assertThat(evoLink.create("{'model':'seedance-2.0-fast-text-to-video','prompt':'news',"
                + "'model_params':{'web_search':true}}").statusCode()).isEqualTo(200);
        assertThat(sim.simulator().createdTaskIds()).hasSize(3);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown field|{'model':'seedance-2.0-text-to-video','prompt':'x','ratio':'16:9'}|ratio",
            "unknown model|{'model':'seedance-2.0','prompt':'x'}|model",
            "no prompt for text|{'model':'seedance-2.0-text-to-video'}|prompt",
            "images on text|{'model':'seedance-2.0-text-to-video','prompt':'x','image_urls':['https://e.com/a.png']}|image_urls",
            "three frames|{'model':'seedance-2.0-image-to-video','image_urls':['https://e.com/a.png','https://e.com/b.png','https://e.com/c.png']}|image_urls",
            "no frame|{'model':'seedance-2.0-image-to-video','prompt':'x'}|image_urls",
            "video on image|{'model':'seedance-2.0-image-to-video','image_urls':['https://e.com/a.png'],'video_urls':['https://e.com/v.mp4']}|video_urls",
            "audio alone|{'model':'seedance-2.0-reference-to-video','prompt':'x','audio_urls':['https://e.com/a.mp3']}|audio_urls",
            "web search on image|{'model':'seedance-2.0-image-to-video','image_urls':['https://e.com/a.png'],'model_params':{'web_search':true}}|model_params",
            "unknown model param|{'model':'seedance-2.0-text-to-video','prompt':'x','model_params':{'seed':1}}|model_params",
            "base64 image|{'model':'seedance-2.0-image-to-video','image_urls':['data:image/png;base64,AAAA']}|image_urls",
            "1080p|{'model':'seedance-2.0-text-to-video','prompt':'x','quality':'1080p'}|quality",
            "too short|{'model':'seedance-2.0-text-to-video','prompt':'x','duration':3}|duration",
            "duration as text|{'model':'seedance-2.0-text-to-video','prompt':'x','duration':'5'}|duration",
            "ratio 2:1|{'model':'seedance-2.0-text-to-video','prompt':'x','aspect_ratio':'2:1'}|aspect_ratio",
            "plain http callback|{'model':'seedance-2.0-text-to-video','prompt':'x','callback_url':'http://example.com/cb'}|callback_url",
    })
    void refusesWhatEvoLinkRefusesNamingTheParameter(String what, String body, String param) {
        HttpResponse<String> response = evoLink().create(body);

        assertThat(response.statusCode()).as(what).isEqualTo(400);
        JsonNode error = GatewayClient.json(response).get("error");
        assertThat(error.get("code").asInt()).isEqualTo(400);
        assertThat(error.get("type").asText()).isEqualTo("invalid_request_error");
        assertThat(error.get("param").asText()).isEqualTo(param);
        assertThat(sim.simulator().createdTaskIds()).isEmpty();
    }

    @Test
    void checksTheBearerKeyAndAnswersUnknownTasksAndPathsInItsOwnFormat() {
        HttpResponse<String> anonymous = new GatewayClient(sim.baseUrl("evolink"), "wrong").create(textToVideo("x"));
        HttpResponse<String> unknownTask = evoLink().task("task-unified-1-nope");
        HttpResponse<String> unknownPath = evoLink().get("/v1/credits");

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(GatewayClient.json(anonymous).at("/error/type").asText()).isEqualTo("authentication_error");
        assertThat(unknownTask.statusCode()).isEqualTo(404);
        assertThat(GatewayClient.json(unknownTask).at("/error/type").asText()).isEqualTo("not_found_error");
        assertThat(unknownPath.statusCode()).isEqualTo(404);
    }

    @Test
    void promptTriggersSteerTheTaskAndTheCreateAnswer() {
        GatewayClient evoLink = evoLink();
        String failed = GatewayClient.json(evoLink.create(textToVideo("[sim:fail=content_policy_violation]")))
                .get("id").asText();
        String expired = GatewayClient.json(evoLink.create(textToVideo("[sim:expire]"))).get("id").asText();
        HttpResponse<String> unavailable = evoLink.create(textToVideo("[sim:status=503]"));
        HttpResponse<String> rejected = evoLink.create(textToVideo("[sim:reject=content_policy_violation]"));
        HttpResponse<String> typo = evoLink.create(textToVideo("[sim:fial=x]"));

        assertThat(unavailable.statusCode()).isEqualTo(503);
        assertThat(GatewayClient.json(unavailable).at("/error/type").asText()).isEqualTo("service_unavailable_error");
        assertThat(rejected.statusCode()).isEqualTo(400);
        assertThat(GatewayClient.json(rejected).at("/error/type").asText()).isEqualTo("content_policy_violation");
        assertThat(typo.statusCode()).isEqualTo(400);
        assertThat(GatewayClient.json(typo).at("/error/param").asText()).isEqualTo("prompt");
        await().until(() -> status(failed).equals("failed") && status(expired).equals("failed"));
        assertThat(GatewayClient.json(evoLink.task(failed)).at("/error/code").asText())
                .isEqualTo("content_policy_violation");
        assertThat(GatewayClient.json(evoLink.task(expired)).at("/error/code").asText())
                .isEqualTo("generation_timeout");
        assertThat(sim.simulator().createdTaskIds()).hasSize(2);
    }

    @Test
    void aDelayedAnswerComesAfterTheTaskWasCreated() throws Exception {
        var answer = evoLink().createAsync(textToVideo("slow answer [sim:delay=3000]"));

        await().atMost(Duration.ofSeconds(2)).until(() -> sim.simulator().createdTaskIds().size() == 1);
        assertThat(answer).isNotDone();
        String id = GatewayClient.json(answer.get()).get("id").asText();
        assertThat(sim.simulator().task(id)).isPresent();
        assertThat(sim.simulator().createdTaskIds()).hasSize(1);
    }

    @Test
    void scheduledFailuresAnswerInEvoLinksFormat() {
        sim.simulator().failNext("POST", "/evolink/v1/videos/generations", 429, 1);

        HttpResponse<String> limited = evoLink().create(textToVideo("x"));

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();
        assertThat(GatewayClient.json(limited).at("/error/type").asText()).isEqualTo("rate_limit_error");
        assertThat(GatewayClient.json(limited).at("/error/code").asInt()).isEqualTo(429);
    }

    @Test
    void postsOnlyTheFinalStatusToTheCallbackUrl() {
        String id = GatewayClient.json(evoLink().create("{'model':'seedance-2.0-text-to-video','prompt':'x',"
                + "'callback_url':'" + receiver.url() + "'}")).get("id").asText();

        await().until(() -> status(id).equals("completed") && receiver.received().size() == 1);

        assertThat(receiver.statuses()).containsExactly("completed");
        assertThat(receiver.received().get(0).body()).isEqualTo(GatewayClient.json(evoLink().task(id)));
        assertThat(sim.simulator().callbacks()).singleElement()
                .satisfies(delivery -> assertThat(delivery.acknowledged()).isTrue());
    }

    @Test
    void retriesAnUnconfirmedCallbackThreeTimesAfterOneTwoAndFourSeconds() {
        receiver.answerWith(500);
        evoLink().create("{'model':'seedance-2.0-text-to-video','prompt':'[sim:fail=service_error]',"
                + "'callback_url':'" + receiver.url() + "'}");

        await().atMost(Duration.ofSeconds(20)).until(() -> sim.simulator().callbacks().size() == 4);

        assertThat(sim.simulator().callbacks()).extracting(CallbackDelivery::attempt).containsExactly(1, 2, 3, 4);
        assertThat(receiver.statuses()).containsOnly("failed");
        List<CallbackReceiver.Received> received = receiver.received();
        List<Duration> waits = List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
        for (int i = 0; i < waits.size(); i++) {
            Duration gap = Duration.between(received.get(i).at(), received.get(i + 1).at());
            assertThat(gap).isBetween(waits.get(i).minusMillis(50), waits.get(i).plusMillis(900));
        }
    }
}
