package io.camelseedance.provider.evolink;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.camelseedance.api.SeedanceApiException;
import io.camelseedance.api.SeedanceValidationException.Violation;
import io.camelseedance.api.TaskInfo;
import io.camelseedance.api.TaskStatus;
import io.camelseedance.api.ValidationMode;
import io.camelseedance.api.VideoRequest;
import io.camelseedance.api.VideoTask;
import io.camelseedance.provider.HttpCall;
import io.camelseedance.provider.MalformedAnswerException;
import io.camelseedance.provider.NeutralFields;
import io.camelseedance.provider.ProviderDialect;
import io.camelseedance.provider.ProviderFeatures.Feature;
import io.camelseedance.provider.Providers;

import static io.camelseedance.provider.Fixtures.json;
import static io.camelseedance.provider.Fixtures.parse;
import static io.camelseedance.provider.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EvoLinkDialectTest {

    private final ProviderDialect dialect = Providers.of("evolink").newDialect(Map.of());

    @Test
    void writesWebSearchAsAModelParameter() {
        VideoRequest request = VideoRequest.builder().model("seedance-2.0-fast")
                .prompt("Today's weather in Paris as a weather report").duration(4).generateAudio(false)
                .tool("web_search").build();

        assertThat(parse(dialect.create(request).jsonBody()))
                .isEqualTo(json("evolink/create-text-to-video-web-search.json"));
        assertThat(dialect.unsupported(request, ValidationMode.lenient)).isEmpty();
    }

    @Test
    void passesExtraFieldsThrough() {
        VideoRequest request = VideoRequest.builder().model("seedance-2.0").prompt("x").extra("future_field", 3)
                .build();

        assertThat(parse(dialect.create(request).jsonBody()).get("future_field").asInt()).isEqualTo(3);
    }

    @ParameterizedTest(name = "{0} with {1} -> {2}")
    @CsvSource({
            "seedance-2.0,                      nothing,       seedance-2.0-text-to-video",
            "seedance-2.0,                      first,         seedance-2.0-image-to-video",
            "seedance-2.0,                      first+last,    seedance-2.0-image-to-video",
            "seedance-2.0,                      reference,     seedance-2.0-reference-to-video",
            "seedance-2.0,                      video,         seedance-2.0-reference-to-video",
            "seedance-2.0,                      video+audio,   seedance-2.0-reference-to-video",
            "seedance-2.0-fast,                 nothing,       seedance-2.0-fast-text-to-video",
            "seedance-2.0-fast,                 first+last,    seedance-2.0-fast-image-to-video",
            "seedance-2.0-fast,                 reference,     seedance-2.0-fast-reference-to-video",
            "dreamina-seedance-2-0-260128,      first,         seedance-2.0-image-to-video",
            "doubao-seedance-2-0-fast-260128,   nothing,       seedance-2.0-fast-text-to-video",
            "seedance-2.0-image-to-video,       first,         seedance-2.0-image-to-video",
            "seedance-2.5-preview,              first,         seedance-2.5-preview"
    })
    void choosesTheModelOfTheModeTheInputsCallFor(String model, String inputs, String sent) {
        VideoRequest request = inputs(inputs).apply(VideoRequest.builder().model(model).prompt("p")).build();

        assertThat(parse(dialect.create(request).jsonBody()).get("model").asText()).isEqualTo(sent);
    }

    private static UnaryOperator<VideoRequest.Builder> inputs(String inputs) {
        return b -> switch (inputs) {
            case "first" -> b.firstFrame("https://example.com/f.png");
            case "first+last" -> b.firstFrame("https://example.com/f.png").lastFrame("https://example.com/l.png");
            case "reference" -> b.referenceImage("https://example.com/r.png");
            case "video" -> b.video("https://example.com/v.mp4");
            case "video+audio" -> b.video("https://example.com/v.mp4").audio("https://example.com/a.mp3");
            default -> b;
        };
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "frames|frames: evolink cannot send a frame count",
            "seed|seed: evolink cannot send a seed",
            "cameraFixed|cameraFixed: evolink cannot send a fixed camera switch",
            "watermark|watermark: evolink cannot send a watermark switch",
            "serviceTier|serviceTier: evolink cannot send a service tier",
            "executionExpiresAfter|executionExpiresAfter: evolink cannot send an execution deadline",
            "priority|priority: evolink cannot send a queue priority",
            "safetyIdentifier|safetyIdentifier: evolink cannot send a safety identifier",
            "draft|draft: evolink cannot send draft mode",
            "draftTaskId|draftTaskId: evolink cannot send a draft task to render",
            "outputFormat|outputFormat: evolink cannot send an output format",
            "taskType|taskType: evolink cannot send a task type",
            "returnLastFrame|returnLastFrame: evolink cannot send a last frame request",
            "autoDuration|duration: evolink has no automatic duration (-1): give the seconds",
            "1080p|resolution: evolink renders 480p or 720p only",
            "dataImage|images: evolink takes images as public http(s) URLs only (no data: URLs or asset ids)",
            "assetVideo|videos: evolink takes videos as public http(s) URLs only",
            "webSearchOnImage|tools: evolink offers web_search on text-to-video only",
            "seedance1|model: evolink offers Seedance 2.0 and 2.0 Fast only; seedance-1-5-pro-251215 is seedance-1.5-pro",
            "wrongMode|model: evolink model seedance-2.0-text-to-video is for text-to-video but the inputs make this"
                    + " image-to-video; give the family (seedance-2.0 or seedance-2.0-fast) to have the model chosen",
    })
    void rejectsWhatItCannotExpressNamingFieldAndProvider(String field, String violation) {
        VideoRequest.Builder b = VideoRequest.builder().model("seedance-2.0").prompt("p");
        switch (field) {
            case "webSearchOnImage" -> b.firstFrame("https://example.com/f.png").tool("web_search");
            case "seedance1" -> b.model("seedance-1-5-pro-251215");
            case "wrongMode" -> b.model("seedance-2.0-text-to-video").firstFrame("https://example.com/f.png");
            default -> NeutralFields.set(b, field);
        }

        assertThat(dialect.unsupported(b.build(), ValidationMode.lenient)).extracting(Violation::toString)
                .containsExactly(violation);
    }

    @Test
    void readsTheCreateAnswerAsTheNewTask() {
        VideoTask task = dialect.parseCreated(text("evolink/create-response.json"), EvoLinkExamples.textToVideo());

        assertThat(task.id()).isEqualTo("task-unified-1774857405-abc123");
        assertThat(task.provider()).isEqualTo("evolink");
        assertThat(task.model()).isEqualTo("seedance-2.0-text-to-video");
        assertThat(task.status()).isEqualTo(TaskStatus.QUEUED);
        assertThat(task.progress()).isZero();
        assertThat(task.createdAt()).isEqualTo(Instant.ofEpochSecond(1761313744));
        assertThat(task.videoUrl()).isNull();
        assertThat(task.usage().credits()).isEqualTo(50.0);
        assertThat(task.taskInfo()).isEqualTo(new TaskInfo(true, 165));
    }

    // seed 003: callback_url, "HTTPS callback URL", "2048 characters"
    @Test
    void takesAnHttpsCallbackUrlOfAtMost2048Characters() {
        VideoRequest.Builder text = EvoLinkExamples.textToVideo().toBuilder();
        String https = "https://my.host/" + "a".repeat(2048 - "https://my.host/".length());

        assertThat(dialect.unsupported(text.callbackUrl(https).build(), ValidationMode.strict)).isEmpty();
        assertThat(dialect.unsupported(text.callbackUrl(https + "a").build(), ValidationMode.strict))
                .extracting(Violation::toString).containsExactly(
                        "callbackUrl: evolink takes a callback URL of at most 2048 characters; got 2049");
        assertThat(dialect.unsupported(text.callbackUrl("http://my.host/cb?token=secret").build(),
                ValidationMode.lenient)).singleElement().satisfies(v -> {
                    assertThat(v.field()).isEqualTo("callbackUrl");
                    assertThat(v.rule()).contains("HTTPS only").doesNotContain("secret");
                });
    }

    @Test
    void followsATaskToItsVideo() {
        HttpCall get = dialect.get("task-unified-1774857405-abc123");
        VideoTask processing = dialect.parseTask(text("evolink/task-processing.json"));
        VideoTask completed = dialect.parseTask(text("evolink/task-completed.json"));

        assertThat(get.method()).isEqualTo("GET");
        assertThat(get.path()).isEqualTo("/v1/tasks/task-unified-1774857405-abc123");
        assertThat(processing.status()).isEqualTo(TaskStatus.RUNNING);
        assertThat(processing.progress()).isEqualTo(65);
        assertThat(processing.isTerminal()).isFalse();
        assertThat(completed.status()).isEqualTo(TaskStatus.SUCCEEDED);
        assertThat(completed.progress()).isEqualTo(100);
        assertThat(completed.videoUrl())
                .isEqualTo("https://cdn.example.com/videos/task-unified-1774857405-abc123.mp4");
        assertThat(completed.output().duration()).isEqualTo(5);
        assertThat(completed.raw()).isEqualTo(text("evolink/task-completed.json"));
    }

    @Test
    void readsWhyATaskFailed() {
        VideoTask failed = dialect.parseTask(text("evolink/task-failed.json"));

        assertThat(failed.status()).isEqualTo(TaskStatus.FAILED);
        assertThat(failed.error().code()).isEqualTo("content_policy_violation");
        assertThat(failed.error().message()).contains("usage policy");
        assertThat(failed.error().contentPolicy()).isTrue();
        assertThat(failed.error().retryable()).isFalse();
    }

    @Test
    void readsACallbackLikeATask() {
        assertThat(Providers.of("evolink").features().has(Feature.CALLBACKS)).isTrue();
        assertThat(dialect.parseCallback(text("evolink/task-completed.json")))
                .isEqualTo(dialect.parseTask(text("evolink/task-completed.json")));
    }

    @Test
    void readsTheVideoWhereEvoLinksOwnToolsFindItToo() {
        VideoTask resultData = dialect.parseTask("{\"id\":\"t\",\"status\":\"completed\","
                + "\"result_data\":[{\"video_url\":\"https://cdn/a.mp4\"}]}");
        VideoTask output = dialect.parseTask("{\"id\":\"t\",\"status\":\"completed\","
                + "\"output\":{\"video_url\":\"https://cdn/b.mp4\"}}");

        assertThat(resultData.videoUrl()).isEqualTo("https://cdn/a.mp4");
        assertThat(output.videoUrl()).isEqualTo("https://cdn/b.mp4");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "pending,     QUEUED",
            "processing,  RUNNING",
            "completed,   SUCCEEDED",
            "failed,      FAILED",
            "cancelled,   CANCELLED",
            "PROCESSING,  RUNNING",
            "queued,      UNKNOWN",
            "succeeded,   UNKNOWN",
            "under_review, UNKNOWN"
    })
    void mapsEveryStatusWordAndKeepsUnknownOnesInFlight(String word, TaskStatus status) {
        VideoTask task = dialect.parseTask("{\"id\":\"t\",\"status\":\"" + word + "\"}");

        assertThat(task.status()).isEqualTo(status);
        assertThat(task.isTerminal()).isEqualTo(status != TaskStatus.UNKNOWN && status.isTerminal());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = "")
    void aTaskWithoutAStatusIsNotATask(String word) {
        String status = word == null ? "" : ",\"status\":\"" + word + "\"";

        assertThatThrownBy(() -> dialect.parseTask("{\"id\":\"t\"" + status + "}"))
                .isInstanceOf(MalformedAnswerException.class).hasMessage("no status");
    }

    @Test
    void mapsErrorsToApiExceptionsWithTheTellingType() {
        SeedanceApiException e = dialect.parseError(400, text("evolink/error-400.json"), "req-7", null);

        assertThat(e.provider()).isEqualTo("evolink");
        assertThat(e.httpStatus()).isEqualTo(400);
        assertThat(e.code()).isEqualTo("invalid_request_error");
        assertThat(e.type()).isEqualTo("invalid_request_error");
        assertThat(e.param()).isEqualTo("prompt");
        assertThat(e.requestId()).isEqualTo("req-7");
        assertThat(e.isRetryable()).isFalse();
        assertThat(e.getMessage()).contains("Invalid prompt parameter").contains("req-7");
    }

    @Test
    void classifiesRateLimitsModerationAndBodiesThatAreNotJson() {
        SeedanceApiException limited = dialect.parseError(429,
                "{\"error\":{\"code\":429,\"message\":\"slow down\",\"type\":\"rate_limit_error\"}}", null,
                Duration.ofSeconds(3));
        SeedanceApiException moderated = dialect.parseError(400,
                "{\"error\":{\"code\":400,\"message\":\"no\",\"type\":\"content_policy_violation\"}}", null, null);
        SeedanceApiException gateway = dialect.parseError(502, "<html><body>Bad gateway</body></html>", null, null);

        assertThat(limited.isRetryable()).isTrue();
        assertThat(limited.retryAfter()).isEqualTo(Duration.ofSeconds(3));
        assertThat(moderated.isContentPolicy()).isTrue();
        assertThat(gateway.isRetryable()).isTrue();
        assertThat(gateway.getMessage()).contains("Bad gateway");
    }

    @Test
    void offersCallbacksButNoListBatchCancelOrIdempotentCreate() {
        assertThat(Providers.of("evolink").features().has(Feature.LIST)).isFalse();
        assertThat(Providers.of("evolink").features().has(Feature.BATCH_GET)).isFalse();
        assertThat(Providers.of("evolink").features().has(Feature.CANCEL)).isFalse();
        assertThat(Providers.of("evolink").features().has(Feature.IDEMPOTENT_CREATE)).isFalse();
        assertThat(Providers.of("evolink").defaultBaseUrl()).contains("https://api.evolink.ai");
    }
}
