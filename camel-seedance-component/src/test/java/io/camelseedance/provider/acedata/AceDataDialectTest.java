package io.camelseedance.provider.acedata;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

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
import io.camelseedance.provider.HttpCall;
import io.camelseedance.provider.ProviderDialect;
import io.camelseedance.provider.ProviderFeatures.Feature;
import io.camelseedance.provider.Providers;

import static io.camelseedance.provider.Fixtures.parse;
import static io.camelseedance.provider.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AceDataDialectTest {

    private static final String ACE_ID = "f7096c6c-9430-4392-8201-d259632d7afd";

    private final ProviderDialect dialect = Providers.of("acedata").newDialect(Map.of());
    private final ProviderDialect blocking = Providers.of("acedata").newDialect(Map.of("mode", "blocking"));

    @Test
    void aCallbackUrlReplacesAsync() {
        VideoRequest request = AceDataExamples.documentedCreate().toBuilder().callbackUrl("https://my.host/ace/cb")
                .build();

        var body = parse(dialect.create(request).jsonBody());

        assertThat(body.get("callback_url").asText()).isEqualTo("https://my.host/ace/cb");
        assertThat(body.has("async")).isFalse();
    }

    @Test
    void blockingModeSendsNeitherAsyncNorACallbackUrl() {
        var body = parse(blocking.create(AceDataExamples.documentedCreate()).jsonBody());

        assertThat(body.has("async")).isFalse();
        assertThat(body.has("callback_url")).isFalse();
        assertThat(body.get("camerafixed").asBoolean()).isFalse();
        assertThat(body.has("camera_fixed")).isFalse();
    }

    @Test
    void anExtraAsyncFieldWins() {
        VideoRequest request = AceDataExamples.documentedCreate().toBuilder().extra("async", false).build();

        assertThat(parse(dialect.create(request).jsonBody()).get("async").asBoolean()).isFalse();
    }

    @Test
    void refusesUnknownOptionsAndModes() {
        assertThatThrownBy(() -> Providers.of("acedata").newDialect(Map.of("mode", "eventually")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mode")
                .hasMessageContaining("async or blocking");
        assertThatThrownBy(() -> Providers.of("acedata").newDialect(Map.of("statusPointer", "/status")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("statusPointer")
                .hasMessageContaining("known: mode");
    }

    @Test
    void anAsyncCreateAnswersWithAceTaskIdOnly() {
        VideoTask task = dialect.parseCreated(text("acedata/created.json"), AceDataExamples.documentedCreate());

        assertThat(task.id()).isEqualTo(ACE_ID);
        assertThat(task.provider()).isEqualTo("acedata");
        assertThat(task.model()).isEqualTo("doubao-seedance-2-0-fast-260128");
        assertThat(task.status()).isEqualTo(TaskStatus.QUEUED);
    }

    @Test
    void aBlockingCreateAnswersWithTheFinishedTask() {
        VideoTask task = blocking.parseCreated(text("acedata/blocking-succeeded.json"),
                AceDataExamples.documentedCreate());

        assertThat(task.id()).isEqualTo(ACE_ID);
        assertThat(task.status()).isEqualTo(TaskStatus.SUCCEEDED);
        assertThat(task.model()).isEqualTo("doubao-seedance-1-0-pro-250528");
        assertThat(task.videoUrl())
                .isEqualTo("https://platform.cdn.acedata.cloud/seedance/95f9f5f0-2f1e-4f4a-9a54-1f0f7bbf3c11.mp4");
        assertThat(task.output().resolution()).isEqualTo("720p");
        assertThat(task.output().ratio()).isEqualTo("16:9");
        assertThat(task.output().duration()).isEqualTo(5);
    }

    @Test
    void aCreateAnswerWithoutTaskIdIsAnError() {
        assertThatThrownBy(() -> dialect.parseCreated("{\"trace_id\":\"t\"}", AceDataExamples.documentedCreate()))
                .isInstanceOf(SeedanceException.class).hasMessageContaining("no task id");
    }

    @Test
    void queriesOneTaskWithRetrieve() {
        HttpCall call = dialect.get(ACE_ID);

        assertThat(call.method()).isEqualTo("POST");
        assertThat(call.path()).isEqualTo("/seedance/tasks");
        assertThat(parse(call.jsonBody())).isEqualTo(parse("{\"id\":\"" + ACE_ID + "\",\"action\":\"retrieve\"}"));
    }

    @Test
    void parsesATaskQueryWithDataAsAnObject() {
        VideoTask task = dialect.parseTask(text("acedata/task-succeeded.json"));

        assertThat(task.id()).isEqualTo("ec22ae22-0140-4033-8c86-a48b536da595");
        assertThat(task.status()).isEqualTo(TaskStatus.SUCCEEDED);
        assertThat(task.model()).isEqualTo("doubao-seedance-1-0-pro-250528");
        assertThat(task.videoUrl()).endsWith("f592800a-5d0c-4b0e-8f2a-7e2f4c1b9d33.mp4");
        assertThat(task.lastFrameUrl()).isNull();
        assertThat(task.error()).isNull();
    }

    @Test
    void parsesDataAsAnArrayOfArkTasksKeepingAceTaskId() {
        VideoTask task = dialect.parseCallback(text("acedata/blocking-ark-array.json"));

        assertThat(task.id()).isEqualTo(ACE_ID);
        assertThat(task.status()).isEqualTo(TaskStatus.SUCCEEDED);
        assertThat(task.model()).isEqualTo("doubao-seedance-2-0-260128");
        assertThat(task.videoUrl()).isEqualTo("https://platform.cdn.acedata.cloud/seedance/2b7c.mp4");
        assertThat(task.lastFrameUrl()).isEqualTo("https://platform.cdn.acedata.cloud/seedance/2b7c.png");
        assertThat(task.usage().totalTokens()).isEqualTo(108900L);
        assertThat(task.output().seed()).isEqualTo(78674L);
        assertThat(task.output().framesPerSecond()).isEqualTo(24);
        assertThat(task.createdAt()).isEqualTo(Instant.ofEpochSecond(1779348818));
        assertThat(task.settings().generateAudio()).isTrue();
    }

    @Test
    void aTaskWithEmptyStateAndNoDataIsQueued() {
        VideoTask task = dialect.parseTask(text("acedata/task-pending.json"));

        assertThat(task.id()).isEqualTo("pending-task");
        assertThat(task.status()).isEqualTo(TaskStatus.QUEUED);
        assertThat(task.isTerminal()).isFalse();
    }

    @Test
    void anUnsuccessfulResponseWithAnErrorIsAFailure() {
        VideoTask task = dialect.parseTask(text("acedata/task-failed.json"));

        assertThat(task.status()).isEqualTo(TaskStatus.FAILED);
        assertThat(task.error().code()).isEqualTo("bad_request");
        assertThat(task.error().message()).isEqualTo("invalid input");
    }

    @ParameterizedTest
    @CsvSource({"pending,QUEUED", "queued,QUEUED", "processing,RUNNING", "running,RUNNING",
            "succeeded,SUCCEEDED", "success,SUCCEEDED", "completed,SUCCEEDED", "failed,FAILED", "error,FAILED",
            "cancelled,CANCELLED", "expired,EXPIRED", "SUCCEEDED,SUCCEEDED", "paused,UNKNOWN", "done-ish,UNKNOWN"})
    void mapsEveryStatusWord(String word, TaskStatus expected) {
        assertThat(AceDataTaskReader.status(word)).isEqualTo(expected);
    }

    @Test
    void anUnknownWordKeepsTheTaskInFlightEvenWithAVideo() {
        VideoTask task = dialect.parseTask("{\"id\":\"x\",\"state\":\"\",\"response\":{\"success\":true,\"data\":"
                + "{\"status\":\"post_processing\",\"video_url\":\"https://v/1.mp4\"}}}");

        assertThat(task.status()).isEqualTo(TaskStatus.UNKNOWN);
        assertThat(task.isTerminal()).isFalse();
    }

    @Test
    void aStateWordCountsWhenTheDataHasNone() {
        assertThat(dialect.parseTask("{\"id\":\"x\",\"state\":\"processing\"}").status())
                .isEqualTo(TaskStatus.RUNNING);
        assertThat(dialect.parseTask("{\"id\":\"x\",\"state\":\"\",\"response\":{\"success\":false}}").status())
                .isEqualTo(TaskStatus.FAILED);
        assertThat(dialect.parseTask("{\"id\":\"x\",\"response\":{\"success\":true,\"data\":{\"video_url\":\"u\"}}}")
                .status()).isEqualTo(TaskStatus.SUCCEEDED);
    }

    @Test
    void fetchesManyTasksWithOneRetrieveBatch() {
        assertThat(Providers.of("acedata").features().has(Feature.BATCH_GET)).isTrue();
        HttpCall call = dialect.getMany(List.of("a-1", "b-2"));

        assertThat(call.path()).isEqualTo("/seedance/tasks");
        assertThat(parse(call.jsonBody()))
                .isEqualTo(parse("{\"ids\":[\"a-1\",\"b-2\"],\"action\":\"retrieve_batch\"}"));
        assertThat(dialect.parseMany(text("acedata/batch.json")))
                .extracting(VideoTask::id, VideoTask::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ec22ae22-0140-4033-8c86-a48b536da595",
                        TaskStatus.SUCCEEDED), org.assertj.core.groups.Tuple.tuple("pending-task", TaskStatus.QUEUED));
    }

    @Test
    void offersNoListAndNoCancel() {
        assertThat(Providers.of("acedata").features().has(Feature.LIST)).isFalse();
        assertThat(Providers.of("acedata").features().has(Feature.CANCEL)).isFalse();
        assertThat(Providers.of("acedata").features().has(Feature.CALLBACKS)).isTrue();
        assertThat(Providers.of("acedata").features().has(Feature.IDEMPOTENT_CREATE)).isFalse();
    }

    @Test
    void mapsTheErrorBodyWithItsTraceId() {
        SeedanceApiException e = dialect.parseError(500, text("acedata/error.json"), "021-header-id", null);

        assertThat(e.provider()).isEqualTo("acedata");
        assertThat(e.httpStatus()).isEqualTo(500);
        assertThat(e.code()).isEqualTo("api_error");
        assertThat(e.requestId()).isEqualTo("2cf86e86-1a5b-4c0e-9d7f-6a3e8b1c2d40");
        assertThat(e.isRetryable()).isTrue();
        assertThat(e.getMessage()).contains("HTTP 500", "api_error", "fetch failed", "2cf86e86");
    }

    @Test
    void classifiesAceErrorCodes() {
        assertThat(error(429, "too_many_requests").isRetryable()).isTrue();
        assertThat(error(403, "used_up").isRetryable()).isFalse();
        assertThat(error(401, "invalid_token").isRetryable()).isFalse();
        assertThat(error(400, "bad_request").isRetryable()).isFalse();
        assertThat(error(404, "not_found").code()).isEqualTo("not_found");
        SeedanceApiException noTrace = dialect.parseError(502, "<html>Bad Gateway</html>", "rid-7",
                Duration.ofSeconds(1));
        assertThat(noTrace.requestId()).isEqualTo("rid-7");
        assertThat(noTrace.getMessage()).contains("Bad Gateway");
    }

    private SeedanceApiException error(int status, String code) {
        return dialect.parseError(status, "{\"success\":false,\"error\":{\"code\":\"" + code
                + "\",\"message\":\"m\"},\"trace_id\":\"t-1\"}", null, null);
    }

    @Test
    void refusesWhatAceCannotCarryNamingFieldAndProvider() {
        VideoRequest request = VideoRequest.builder().model("doubao-seedance-2-0-260128").prompt("x")
                .referenceImage("https://e.com/a.png").video("https://e.com/v.mp4").audio("https://e.com/a.mp3")
                .draft(false).priority(1).safetyIdentifier("u").tool("web_search").outputFormat("mp4")
                .taskType("auto").build();

        assertThat(dialect.unsupported(request, ValidationMode.lenient)).extracting(Violation::toString)
                .containsExactly(
                        "videos: acedata cannot send reference videos", "audios: acedata cannot send reference audios",
                        "draft: acedata cannot send draft mode", "priority: acedata cannot send a queue priority",
                        "safetyIdentifier: acedata cannot send a safety identifier", "tools: acedata cannot send tools",
                        "outputFormat: acedata cannot send an output format",
                        "taskType: acedata cannot send a task type");
        assertThat(dialect.unsupported(VideoRequest.builder().draftTaskId("cgt-1").build(), ValidationMode.lenient))
                .extracting(Violation::field).containsExactly("draftTaskId");
    }

    @Test
    void acceptsEverythingItsBodyHas() {
        VideoRequest request = AceDataExamples.documentedCreate().toBuilder().seed(-1L).frames(null).watermark(true)
                .serviceTier("default").executionExpiresAfter(3600).generateAudio(true)
                .callbackUrl("https://my.host/cb").build();

        assertThat(dialect.unsupported(request, ValidationMode.lenient)).isEmpty();
        assertThat(blocking.unsupported(request, ValidationMode.lenient)).extracting(Violation::field)
                .containsExactly("callbackUrl");
    }
}
