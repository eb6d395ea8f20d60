package io.camelseedance.provider.unified;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.camelseedance.api.SeedanceApiException;
import io.camelseedance.api.SeedanceException;
import io.camelseedance.api.SeedanceValidationException.Violation;
import io.camelseedance.api.TaskStatus;
import io.camelseedance.api.ValidationMode;
import io.camelseedance.api.VideoRequest;
import io.camelseedance.api.VideoTask;
import io.camelseedance.catalog.ProviderProfile;
import io.camelseedance.catalog.RequestValidator;
import io.camelseedance.provider.HttpCall;
import io.camelseedance.provider.MalformedAnswerException;
import io.camelseedance.provider.ProviderDialect;
import io.camelseedance.provider.ProviderFeatures.Feature;
import io.camelseedance.provider.Providers;

import static io.camelseedance.provider.Fixtures.parse;
import static io.camelseedance.provider.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UnifiedDialectTest {

    private static final String TASK_ID = "cgt-20250831141439-sqmgf";
    private static final String DEMO_IMAGE = UnifiedExamples.DEMO_IMAGE;

    private final ProviderDialect dialect = Providers.of("unified").newDialect(Map.of());

    @Test
    void hasNoPublicHost() {
        assertThat(Providers.of("unified").defaultBaseUrl()).isEmpty();
        assertThat(Providers.of(" Unified ").id()).isEqualTo("unified");
    }

    @Test
    void writesEveryFieldOfTheFormat() {
        VideoRequest request = VideoRequest.builder().prompt("p").model("doubao-seedance-1-0-pro-250528")
                .referenceImage("https://e.com/ref.png").lastFrame("https://e.com/last.png")
                .firstFrame("https://e.com/first.png").duration(10).resolution("1080p").ratio("keep_ratio")
                .watermark(true).seed(2147483647L).cameraFixed(true).returnLastFrame(false).generateAudio(true)
                .extra("notify_hook", "https://my.host/hook").build();

        assertThat(parse(dialect.create(request).jsonBody())).isEqualTo(parse("{\"prompt\":\"p\","
                + "\"model\":\"doubao-seedance-1-0-pro-250528\",\"images\":[\"https://e.com/first.png\","
                + "\"https://e.com/last.png\",\"https://e.com/ref.png\"],\"duration\":10,\"resolution\":\"1080p\","
                + "\"ratio\":\"keep_ratio\",\"watermark\":true,\"seed\":2147483647,\"camerafixed\":true,"
                + "\"return_last_frame\":false,\"generate_audio\":true,\"notify_hook\":\"https://my.host/hook\"}"));
    }

    @Test
    void textToVideoSendsAnEmptyImageList() {
        VideoRequest request = VideoRequest.builder().prompt("a kite").model("doubao-seedance-1-0-pro-250528").build();

        assertThat(parse(dialect.create(request).jsonBody()).get("images").isEmpty()).isTrue();
    }

    @Test
    void readsTheTaskIdOfTheCreateAnswer() {
        VideoTask task = dialect.parseCreated(text("unified/created.json"), UnifiedExamples.seedExample());

        assertThat(task.id()).isEqualTo(TASK_ID);
        assertThat(task.provider()).isEqualTo("unified");
        assertThat(task.model()).isEqualTo("doubao-seedance-1-0-lite-t2v-250428");
        assertThat(task.status()).isEqualTo(TaskStatus.QUEUED);
        assertThatThrownBy(() -> dialect.parseCreated("{\"id\":\"x\"}", UnifiedExamples.seedExample()))
                .isInstanceOf(SeedanceException.class).hasMessageContaining("/task_id")
                .hasMessageContaining("taskIdPointer");
    }

    @Test
    void pollsWithGet() {
        HttpCall call = dialect.get(TASK_ID);

        assertThat(call.method()).isEqualTo("GET");
        assertThat(call.path()).isEqualTo("/v2/videos/generations/" + TASK_ID);
        assertThat(call.jsonBody()).isNull();
    }

    @Test
    void parsesATaskInProgress() {
        VideoTask task = dialect.parseTask(text("unified/task-in-progress.json"));

        assertThat(task.id()).isEqualTo(TASK_ID);
        assertThat(task.status()).isEqualTo(TaskStatus.RUNNING);
        assertThat(task.progress()).isEqualTo(40);
        assertThat(task.createdAt()).isEqualTo(Instant.ofEpochSecond(1756620879));
        assertThat(task.updatedAt()).isNull();
        assertThat(task.error()).isNull();
        assertThat(task.videoUrl()).isNull();
    }

    @Test
    void parsesASuccess() {
        VideoTask task = dialect.parseTask(text("unified/task-success.json"));

        assertThat(task.status()).isEqualTo(TaskStatus.SUCCEEDED);
        assertThat(task.progress()).isEqualTo(100);
        assertThat(task.videoUrl()).isEqualTo("https://relay.example/videos/" + TASK_ID + ".mp4");
        assertThat(task.updatedAt()).isEqualTo(Instant.ofEpochSecond(1756620960));
        assertThat(task.error()).isNull();
    }

    @Test
    void parsesAFailureWithItsReason() {
        VideoTask task = dialect.parseTask(text("unified/task-failure.json"));

        assertThat(task.status()).isEqualTo(TaskStatus.FAILED);
        assertThat(task.error().code()).isNull();
        assertThat(task.error().message()).startsWith("The request failed because the input image may contain");
        assertThat(task.videoUrl()).isNull();
    }

    @ParameterizedTest
    @CsvSource({"NOT_START,QUEUED", "SUBMITTED,QUEUED", "QUEUED,QUEUED", "IN_PROGRESS,RUNNING",
            "SUCCESS,SUCCEEDED", "FAILURE,FAILED", "success,SUCCEEDED", "CANCELLED,UNKNOWN", "UNKNOWN,UNKNOWN",
            "'',UNKNOWN", "RETRYING,UNKNOWN"})
    void mapsEveryStatusWord(String word, TaskStatus expected) {
        assertThat(UnifiedTaskReader.status(word)).isEqualTo(expected);
    }

    @Test
    void aTaskWithAnUnknownWordStaysInFlightButOneWithoutAStatusIsNotATask() {
        assertThat(dialect.parseTask("{\"task_id\":\"t\",\"status\":\"RETRYING\"}").isTerminal()).isFalse();
        assertThatThrownBy(() -> dialect.parseTask("{\"task_id\":\"t\"}")).isInstanceOf(MalformedAnswerException.class)
                .hasMessage("no /status (provider option statusPointer)");
    }

    @Test
    void readsWhereverThePointersSay() {
        ProviderDialect nested = Providers.of("unified").newDialect(Map.of("taskIdPointer", "/data/task_id",
                "statusPointer", "/data/status", "videoUrlPointer", "/data/output",
                "lastFrameUrlPointer", "/data/last_frame", "errorPointer", "/data/fail_reason",
                "progressPointer", "/data/progress"));

        VideoTask task = nested.parseTask(text("unified/task-nested.json"));

        assertThat(task.id()).isEqualTo(TASK_ID);
        assertThat(task.status()).isEqualTo(TaskStatus.SUCCEEDED);
        assertThat(task.progress()).isEqualTo(100);
        assertThat(task.videoUrl()).isEqualTo("https://relay.example/videos/nested.mp4");
        assertThat(task.lastFrameUrl()).isEqualTo("https://relay.example/videos/nested.png");
        assertThat(nested.parseCreated("{\"data\":{\"task_id\":\"abc\"}}", UnifiedExamples.seedExample()).id())
                .isEqualTo("abc");
    }

    @Test
    void triesSeveralPointersInOrderAndReadsAnErrorObject() {
        ProviderDialect fallback = Providers.of("unified")
                .newDialect(Map.of("videoUrlPointer", "/result/url, /video_url",
                        "errorPointer", "/error"));

        assertThat(fallback.parseTask("{\"status\":\"SUCCESS\",\"video_url\":\"https://v/2.mp4\"}").videoUrl())
                .isEqualTo("https://v/2.mp4");
        VideoTask failed = fallback.parseTask("{\"status\":\"FAILURE\",\"error\":{\"code\":"
                + "\"OutputVideoSensitiveContentDetected\",\"message\":\"no\"}}");
        assertThat(failed.error().code()).isEqualTo("OutputVideoSensitiveContentDetected");
        assertThat(failed.error().contentPolicy()).isTrue();
    }

    @Test
    void theDefaultVideoPointersCoverTheFamilysOtherSpellings() {
        assertThat(dialect.parseTask("{\"status\":\"SUCCESS\",\"url\":\"https://v/3.mp4\"}").videoUrl())
                .isEqualTo("https://v/3.mp4");
        assertThat(dialect.parseTask("{\"status\":\"SUCCESS\",\"result\":{\"url\":\"https://v/4.mp4\"}}").videoUrl())
                .isEqualTo("https://v/4.mp4");
    }

    @Test
    void refusesBadPointersAndUnknownOptions() {
        assertThatThrownBy(() -> Providers.of("unified").newDialect(Map.of("statusPointer", "data.status")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("statusPointer")
                .hasMessageContaining("JSON pointers");
        assertThatThrownBy(() -> Providers.of("unified").newDialect(Map.of("mode", "blocking")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Unknown provider option 'mode'");
    }

    @Test
    void offersNoListCancelBatchOrCallbacks() {
        assertThat(Providers.of("unified").features()).satisfies(f -> {
            assertThat(f.has(Feature.LIST)).isFalse();
            assertThat(f.has(Feature.CANCEL)).isFalse();
            assertThat(f.has(Feature.BATCH_GET)).isFalse();
            assertThat(f.has(Feature.CALLBACKS)).isFalse();
            assertThat(f.has(Feature.IDEMPOTENT_CREATE)).isFalse();
        });
    }

    @Test
    void mapsOpenAiStyleAndFlatErrors() {
        SeedanceApiException e = dialect.parseError(400, text("unified/error.json"), "rid-1", null);
        assertThat(e.code()).isEqualTo("model_not_found");
        assertThat(e.type()).isEqualTo("invalid_request_error");
        assertThat(e.param()).isEqualTo("model");
        assertThat(e.requestId()).isEqualTo("rid-1");
        assertThat(e.getMessage()).contains("invalid model doubao-seedance-9");

        SeedanceApiException flat = dialect.parseError(429, "{\"code\":\"rate_limit\",\"message\":\"slow down\"}",
                null, null);
        assertThat(flat.code()).isEqualTo("rate_limit");
        assertThat(flat.getMessage()).contains("slow down");
        assertThat(flat.isRetryable()).isTrue();

        assertThat(dialect.parseError(502, "upstream timed out", null, null).getMessage())
                .contains("upstream timed out");
    }

    @Test
    void refusesWhatTheFormatCannotCarry() {
        VideoRequest request = VideoRequest.builder().prompt("p").model("doubao-seedance-1-0-pro-250528")
                .frames(57).video("https://e.com/v.mp4").audio("https://e.com/a.mp3").serviceTier("default")
                .executionExpiresAfter(3600).priority(0).safetyIdentifier("u").tool("web_search")
                .draft(true).outputFormat("mp4").taskType("auto").callbackUrl("https://my.host/cb").build();

        assertThat(dialect.unsupported(request, ValidationMode.lenient)).extracting(Violation::field).containsExactly(
                "frames", "videos",
                "audios", "draft", "serviceTier", "executionExpiresAfter", "priority", "safetyIdentifier", "tools",
                "outputFormat", "taskType", "callbackUrl");
        assertThat(dialect.unsupported(request, ValidationMode.lenient)).first()
                .hasToString("frames: unified cannot send a frame count");
        assertThat(dialect.unsupported(VideoRequest.builder().prompt("p").draftTaskId("cgt-1").build(),
                ValidationMode.lenient))
                .extracting(Violation::toString)
                .containsExactly("draftTaskId: unified cannot send a draft task to render");
    }

    @Test
    void checksItsNarrowerRanges() {
        VideoRequest.Builder base = UnifiedExamples.seedExample().toBuilder();

        assertThat(dialect.unsupported(base.duration(5).seed(0L).build(), ValidationMode.lenient)).isEmpty();
        assertThat(dialect.unsupported(base.duration(10).seed(2147483647L).build(), ValidationMode.lenient)).isEmpty();
        assertThat(dialect.unsupported(base.duration(6).seed(-1L).build(), ValidationMode.lenient))
                .extracting(Violation::toString)
                .containsExactly("duration: unified takes 5 or 10 seconds; got 6",
                        "seed: unified takes 0 to 2147483647; got -1");
        assertThat(dialect.unsupported(base.duration(5).seed(2147483648L).build(), ValidationMode.lenient))
                .extracting(Violation::field)
                .containsExactly("seed");
        assertThat(dialect.unsupported(VideoRequest.builder().model("m").firstFrame(DEMO_IMAGE).build(),
                ValidationMode.lenient))
                .extracting(Violation::toString).containsExactly("prompt: unified requires a prompt");
    }

    @Test
    void keepRatioNeedsAnImage() {
        VideoRequest textOnly = VideoRequest.builder().prompt("p").model("m").ratio("keep_ratio").build();

        assertThat(dialect.unsupported(textOnly, ValidationMode.lenient)).extracting(Violation::field)
                .containsExactly("ratio");
        assertThat(dialect.unsupported(UnifiedExamples.seedExample().toBuilder().ratio("keep_ratio").build(),
                ValidationMode.lenient))
                .isEmpty();
    }

    @Test
    void aLongPromptIsRefusedInStrictModeAndLetThroughInLenientMode() {
        VideoRequest exactly = UnifiedExamples.seedExample().toBuilder().prompt("猫".repeat(800)).build();
        VideoRequest tooLong = UnifiedExamples.seedExample().toBuilder().prompt("a".repeat(801)).build();

        assertThat(dialect.unsupported(exactly, ValidationMode.strict)).isEmpty();
        assertThat(dialect.unsupported(tooLong, ValidationMode.strict)).extracting(Violation::toString)
                .containsExactly("prompt: unified takes at most 800 characters and cuts off the rest; got 801");
        assertThat(dialect.unsupported(tooLong, ValidationMode.lenient)).isEmpty();
        assertThat(dialect.unsupported(tooLong, ValidationMode.lenient)).isEmpty();
    }

    @Test
    void charactersAreCountedAsTheRelayCountsThem() {
        // 800 emoji are 1600 UTF-16 units but 800 characters
        VideoRequest emoji = UnifiedExamples.seedExample().toBuilder().prompt("\uD83D\uDE00".repeat(800)).build();

        assertThat(dialect.unsupported(emoji, ValidationMode.strict)).isEmpty();
    }

    @Test
    void theValidatorTakesTheRelaysExtraRatios() {
        RequestValidator validator = new RequestValidator();
        VideoRequest portrait = UnifiedExamples.seedExample().toBuilder().ratio("9:21").build();

        assertThat(dialect.extraRatios()).containsExactlyInAnyOrder("9:21", "keep_ratio");
        ProviderProfile relay = new UnifiedDescriptor().profile(dialect);
        ProviderProfile withoutExtraRatios = new ProviderProfile("unified", Set.of(), relay.rules());
        assertThat(validator.review(portrait, ValidationMode.lenient, relay).violations()).isEmpty();
        assertThat(validator.review(portrait, ValidationMode.lenient, withoutExtraRatios).violations())
                .extracting(Violation::field).containsExactly("ratio");
    }
}
