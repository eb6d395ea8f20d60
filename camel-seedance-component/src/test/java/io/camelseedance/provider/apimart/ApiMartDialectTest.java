package io.camelseedance.provider.apimart;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.camelseedance.api.SeedanceApiException;
import io.camelseedance.api.SeedanceValidationException.Violation;
import io.camelseedance.api.TaskStatus;
import io.camelseedance.api.ValidationMode;
import io.camelseedance.api.VideoRequest;
import io.camelseedance.api.VideoTask;
import io.camelseedance.provider.HttpCall;
import io.camelseedance.provider.NeutralFields;
import io.camelseedance.provider.ProviderDialect;
import io.camelseedance.provider.ProviderFeatures.Feature;
import io.camelseedance.provider.ProviderOptions;
import io.camelseedance.provider.Providers;

import static io.camelseedance.provider.Fixtures.parse;
import static io.camelseedance.provider.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApiMartDialectTest {

    private final AtomicInteger keys = new AtomicInteger();
    private final ApiMartDialect dialect = new ApiMartDialect(ProviderOptions.of("apimart", Map.of(), Set.of()),
            () -> "key-" + keys.incrementAndGet());

    @Test
    void namesTheRolesOfReferenceImagesWithoutOtherReferenceMedia() {
        VideoRequest request = VideoRequest.builder().model("seedance-2.0-fast").prompt("@Image1 and @Image2")
                .referenceImage("https://example.com/a.png").referenceImage("https://example.com/b.png")
                .resolution("720p").returnLastFrame(true).tool("web_search").build();

        assertThat(parse(dialect.create(request).jsonBody())).isEqualTo(parse("""
                {"model":"doubao-seedance-2.0-fast","prompt":"@Image1 and @Image2",
                 "image_with_roles":[{"url":"https://example.com/a.png","role":"reference_image"},
                                     {"url":"https://example.com/b.png","role":"reference_image"}],
                 "resolution":"720p","return_last_frame":true,"tools":[{"type":"web_search"}]}"""));
    }

    @Test
    void writesFirstAndLastFramesInThatOrder() {
        VideoRequest request = VideoRequest.builder().model("doubao-seedance-2.0")
                .lastFrame("https://example.com/last.png").firstFrame("https://example.com/first.png").build();

        assertThat(parse(dialect.create(request).jsonBody()).get("image_urls").toString())
                .isEqualTo("[\"https://example.com/first.png\",\"https://example.com/last.png\"]");
    }

    @Test
    void everyCreateCarriesItsOwnIdempotencyKey() {
        HttpCall first = dialect.create(ApiMartExamples.imageToVideo());
        HttpCall second = dialect.create(ApiMartExamples.imageToVideo());

        assertThat(first.headers()).containsEntry("Idempotency-Key", "key-1");
        assertThat(second.headers()).containsEntry("Idempotency-Key", "key-2");
        assertThat(Providers.of("apimart").features().has(Feature.IDEMPOTENT_CREATE)).isTrue();
        assertThat(Providers.of("apimart").newDialect(Map.of()).create(ApiMartExamples.imageToVideo()).headers()
                .get("Idempotency-Key")).matches("[0-9a-f-]{36}");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "frames|frames: apimart cannot send a frame count",
            "seed|seed: apimart cannot send a seed",
            "cameraFixed|cameraFixed: apimart cannot send a fixed camera switch",
            "watermark|watermark: apimart cannot send a watermark switch",
            "serviceTier|serviceTier: apimart cannot send a service tier",
            "executionExpiresAfter|executionExpiresAfter: apimart cannot send an execution deadline",
            "priority|priority: apimart cannot send a queue priority",
            "safetyIdentifier|safetyIdentifier: apimart cannot send a safety identifier",
            "draft|draft: apimart cannot send draft mode",
            "draftTaskId|draftTaskId: apimart cannot send a draft task to render",
            "outputFormat|outputFormat: apimart cannot send an output format",
            "taskType|taskType: apimart cannot send a task type",
            "callbackUrl|callbackUrl: apimart cannot send a callback URL",
            "autoDuration|duration: apimart has no automatic duration (-1): give the seconds",
            "dataImage|images: apimart takes images as public http(s) URLs only (no data: URLs or asset ids)",
            "assetAudio|audios: apimart takes audios as public http(s) URLs only",
            "seedance1|model: apimart offers Seedance 2.0 and 2.0 Fast only; seedance-1-0-pro-250528 is seedance-1.0-pro",
    })
    void rejectsWhatItCannotExpressNamingFieldAndProvider(String field, String violation) {
        VideoRequest.Builder b = VideoRequest.builder().model("doubao-seedance-2.0").prompt("p");
        if ("seedance1".equals(field)) {
            b.model("seedance-1-0-pro-250528");
        } else {
            NeutralFields.set(b, field);
        }

        assertThat(dialect.unsupported(b.build(), ValidationMode.lenient)).extracting(Violation::toString)
                .containsExactly(violation);
    }

    @Test
    void readsTheSubmissionEnvelope() {
        VideoTask task = dialect.parseCreated(text("apimart/create-response.json"), ApiMartExamples.textToVideoAudio());

        assertThat(task.id()).isEqualTo("task_01KMCGF6BQGN3X28H3KSR50X5T");
        assertThat(task.status()).isEqualTo(TaskStatus.QUEUED);
        assertThat(task.provider()).isEqualTo("apimart");
        assertThat(task.model()).isEqualTo("doubao-seedance-2.0");
    }

    @Test
    void followsATaskToItsVideo() {
        HttpCall get = dialect.get("task_01KMCGF6BQGN3X28H3KSR50X5T");
        VideoTask processing = dialect.parseTask(text("apimart/task-processing.json"));
        VideoTask completed = dialect.parseTask(text("apimart/task-completed.json"));

        assertThat(get.path()).isEqualTo("/v1/tasks/task_01KMCGF6BQGN3X28H3KSR50X5T");
        assertThat(get.query()).isEmpty();
        assertThat(processing.status()).isEqualTo(TaskStatus.RUNNING);
        assertThat(processing.progress()).isEqualTo(40);
        assertThat(processing.videoUrl()).isNull();
        assertThat(completed.status()).isEqualTo(TaskStatus.SUCCEEDED);
        assertThat(completed.videoUrl())
                .isEqualTo("https://upload.apimart.ai/f/video/task_01KMCGF6BQGN3X28H3KSR50X5T.mp4");
        assertThat(completed.createdAt()).isEqualTo(Instant.ofEpochSecond(1763088289));
        assertThat(completed.updatedAt()).isEqualTo(Instant.ofEpochSecond(1763088408));
    }

    @Test
    void readsTheLastFrameBesideTheVideo() {
        VideoTask task = dialect.parseTask("{\"code\":200,\"data\":{\"id\":\"t\",\"status\":\"completed\","
                + "\"result\":{\"videos\":[{\"url\":[\"https://x/v.mp4\"]}],\"images\":[{\"url\":[\"https://x/l.png\"]}]}}}");

        assertThat(task.lastFrameUrl()).isEqualTo("https://x/l.png");
    }

    @Test
    void readsWhyATaskFailed() {
        VideoTask failed = dialect.parseTask(text("apimart/task-failed.json"));

        assertThat(failed.status()).isEqualTo(TaskStatus.FAILED);
        assertThat(failed.error().code()).isEqualTo("upstream_error");
        assertThat(failed.error().message()).contains("real person");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "submitted,  QUEUED",
            "pending,    QUEUED",
            "processing, RUNNING",
            "completed,  SUCCEEDED",
            "failed,     FAILED",
            "cancelled,  CANCELLED",
            "Completed,  SUCCEEDED",
            "running,    UNKNOWN",
            "moderating, UNKNOWN"
    })
    void mapsEveryStatusWordAndKeepsUnknownOnesInFlight(String word, TaskStatus status) {
        VideoTask task = dialect.parseTask("{\"code\":200,\"data\":{\"id\":\"t\",\"status\":\"" + word + "\"}}");

        assertThat(task.status()).isEqualTo(status);
    }

    @Test
    void mapsErrorsToApiExceptions() {
        SeedanceApiException e = dialect.parseError(400, text("apimart/error-400.json"), "req-1", null);
        SeedanceApiException unpaid = dialect.parseError(402,
                "{\"error\":{\"code\":402,\"message\":\"Insufficient balance\",\"type\":\"payment_required\"}}",
                null, null);

        assertThat(e.code()).isEqualTo("invalid_request_error");
        assertThat(e.param()).isEqualTo("size");
        assertThat(e.requestId()).isEqualTo("req-1");
        assertThat(e.isRetryable()).isFalse();
        assertThat(unpaid.code()).isEqualTo("payment_required");
        assertThat(unpaid.isRetryable()).isFalse();
    }

    @Test
    void anEnvelopeWithAnErrorCodeIsAnErrorEvenOnHttp200() {
        assertThatThrownBy(() -> dialect.parseTask(
                "{\"code\":404,\"error\":{\"message\":\"task not found\",\"type\":\"not_found_error\"}}"))
                .isInstanceOfSatisfying(SeedanceApiException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(404);
                    assertThat(e.code()).isEqualTo("not_found_error");
                });
    }

    @Test
    void theLanguageOptionGoesOnEveryPoll() {
        ProviderDialect chinese = Providers.of("apimart").newDialect(Map.of("language", "ZH"));

        assertThat(chinese.get("t").query()).isEqualTo(Map.of("language", List.of("zh")));
        assertThatThrownBy(() -> Providers.of("apimart").newDialect(Map.of("language", "fr")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("en, ja, ko, zh");
    }

    @Test
    void offersIdempotentCreatesOnly() {
        assertThat(Providers.of("apimart").features().has(Feature.LIST)).isFalse();
        assertThat(Providers.of("apimart").features().has(Feature.BATCH_GET)).isFalse();
        assertThat(Providers.of("apimart").features().has(Feature.CANCEL)).isFalse();
        assertThat(Providers.of("apimart").features().has(Feature.CALLBACKS)).isFalse();
        assertThat(Providers.of("apimart").defaultBaseUrl()).contains("https://api.apimart.ai");
    }
}
