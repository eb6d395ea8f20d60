package io.camelseedance.provider.ark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import io.camelseedance.api.SeedanceApiException;
import io.camelseedance.api.TaskPage;
import io.camelseedance.api.TaskQuery;
import io.camelseedance.api.TaskStatus;
import io.camelseedance.api.VideoRequest;
import io.camelseedance.api.VideoTask;
import io.camelseedance.provider.HttpCall;
import io.camelseedance.provider.JsonSupport;

import static org.assertj.core.api.Assertions.assertThat;

class ArkDialectTest {

    private final ArkDialect dialect = new ArkDialect("volcengine");

    @Test
    void writesADraftTaskAlone() {
        VideoRequest request = VideoRequest.builder().model("seedance-1-5-pro-251215")
                .draftTaskId("cgt-20260901-abcde").resolution("720p").build();

        assertThat(json(dialect.create(request).jsonBody())).isEqualTo(fixture("create-from-draft.json"));
    }

    @Test
    void writesEveryTopLevelFieldAndPassesExtraThrough() {
        VideoRequest request = VideoRequest.builder().model("dreamina-seedance-2-0-260128").prompt("A tea ceremony")
                .callbackUrl("https://my.host/cb").returnLastFrame(false).serviceTier("default")
                .executionExpiresAfter(7200).generateAudio(false).draft(false).tool("web_search")
                .safetyIdentifier("user-1").priority(5).resolution("480p").ratio("adaptive").duration(-1)
                .seed(4294967295L).watermark(true).outputFormat("mp4").taskType("auto")
                .extra("custom_new_field", Map.of("nested", 1)).build();

        assertThat(json(dialect.create(request).jsonBody())).isEqualTo(fixture("create-all-top-level.json"));
    }

    @Test
    void parsesASucceededTaskWithEveryDocumentedField() {
        VideoTask task = dialect.parseTask(text("task-succeeded.json"));

        assertThat(task.id()).isEqualTo("cgt-20260501120000-abcde");
        assertThat(task.provider()).isEqualTo("volcengine");
        assertThat(task.model()).isEqualTo("doubao-seedance-2-0-260128");
        assertThat(task.status()).isEqualTo(TaskStatus.SUCCEEDED);
        assertThat(task.videoUrl()).isEqualTo("https://ark-content-generation.example/video.mp4");
        assertThat(task.lastFrameUrl()).isEqualTo("https://ark-content-generation.example/last.png");
        assertThat(task.usage().completionTokens()).isEqualTo(108900L);
        assertThat(task.usage().totalTokens()).isEqualTo(108900L);
        assertThat(task.usage().webSearchCalls()).isEqualTo(2);
        assertThat(task.createdAt()).isEqualTo(Instant.ofEpochSecond(1779348818));
        assertThat(task.updatedAt()).isEqualTo(Instant.ofEpochSecond(1779348874));
        assertThat(task.output().seed()).isEqualTo(78674L);
        assertThat(task.output().resolution()).isEqualTo("720p");
        assertThat(task.output().ratio()).isEqualTo("16:9");
        assertThat(task.output().duration()).isEqualTo(5);
        assertThat(task.output().frames()).isNull();
        assertThat(task.output().framesPerSecond()).isEqualTo(24);
        assertThat(task.settings().serviceTier()).isEqualTo("default");
        assertThat(task.settings().executionExpiresAfter()).isEqualTo(172800);
        assertThat(task.settings().generateAudio()).isTrue();
        assertThat(task.settings().draft()).isFalse();
        assertThat(task.settings().priority()).isZero();
        assertThat(task.settings().safetyIdentifier()).isEqualTo("user-1");
        assertThat(task.settings().revisedPrompt()).isEqualTo("A fox in snow");
        assertThat(task.error()).isNull();
        assertThat(task.raw()).contains("cgt-20260501120000-abcde");
    }

    @Test
    void parsesARunningTaskWithOnlyTheSubsetArkSends() {
        VideoTask task = dialect.parseTask(text("task-running.json"));

        assertThat(task.status()).isEqualTo(TaskStatus.RUNNING);
        assertThat(task.isTerminal()).isFalse();
        assertThat(task.videoUrl()).isNull();
        assertThat(task.usage()).isNull();
    }

    @Test
    void parsesFramesInsteadOfDuration() {
        VideoTask task = dialect.parseTask(text("task-frames.json"));

        assertThat(task.output().frames()).isEqualTo(57);
        assertThat(task.output().duration()).isNull();
    }

    @Test
    void parsesAModerationFailureAsContentPolicyAndNotRetryable() {
        VideoTask task = dialect.parseTask(text("task-failed.json"));

        assertThat(task.status()).isEqualTo(TaskStatus.FAILED);
        assertThat(task.error().code()).isEqualTo("OutputVideoSensitiveContentDetected");
        assertThat(task.error().message()).contains("sensitive information");
        assertThat(task.error().contentPolicy()).isTrue();
        assertThat(task.error().retryable()).isFalse();
    }

    @Test
    void mapsEveryStatusWord() {
        assertThat(ArkTaskReader.status("queued")).isEqualTo(TaskStatus.QUEUED);
        assertThat(ArkTaskReader.status("running")).isEqualTo(TaskStatus.RUNNING);
        assertThat(ArkTaskReader.status("succeeded")).isEqualTo(TaskStatus.SUCCEEDED);
        assertThat(ArkTaskReader.status("failed")).isEqualTo(TaskStatus.FAILED);
        assertThat(ArkTaskReader.status("cancelled")).isEqualTo(TaskStatus.CANCELLED);
        assertThat(ArkTaskReader.status("expired")).isEqualTo(TaskStatus.EXPIRED);
        assertThat(ArkTaskReader.status("something-new")).isEqualTo(TaskStatus.UNKNOWN);
        assertThat(ArkTaskReader.status(null)).isEqualTo(TaskStatus.UNKNOWN);
    }

    @Test
    void parsesAList() {
        TaskPage page = dialect.parseList(text("list.json"));

        assertThat(page.total()).isEqualTo(12);
        assertThat(page.items()).extracting(VideoTask::id).containsExactly("cgt-a", "cgt-b");
        assertThat(page.items()).extracting(VideoTask::status).containsExactly(TaskStatus.QUEUED, TaskStatus.EXPIRED);
    }

    @Test
    void writesListFiltersWithRepeatedTaskIds() {
        HttpCall call = dialect.list(new TaskQuery(2, 50, TaskStatus.SUCCEEDED, "seedance-1-0-pro-250528",
                List.of("cgt-a", "cgt-b"), "flex"));

        assertThat(call.method()).isEqualTo("GET");
        assertThat(call.path()).isEqualTo("/contents/generations/tasks");
        assertThat(call.query()).containsEntry("page_num", List.of("2")).containsEntry("page_size", List.of("50"))
                .containsEntry("filter.status", List.of("succeeded"))
                .containsEntry("filter.model", List.of("seedance-1-0-pro-250528"))
                .containsEntry("filter.service_tier", List.of("flex"))
                .containsEntry("filter.task_ids", List.of("cgt-a", "cgt-b"));
    }

    @Test
    void mapsTheErrorBodyWithTheRequestIdFromTheMessage() {
        SeedanceApiException e = dialect.parseError(400, text("error-400.json"), null, null);

        assertThat(e.httpStatus()).isEqualTo(400);
        assertThat(e.code()).isEqualTo("InvalidParameter");
        assertThat(e.type()).isEqualTo("BadRequest");
        assertThat(e.param()).isEqualTo("duration");
        assertThat(e.requestId()).isEqualTo("021779348818abc");
        assertThat(e.isRetryable()).isFalse();
        assertThat(e.getMessage()).contains("HTTP 400", "InvalidParameter", "duration", "021779348818abc");
    }

    @Test
    void mapsANonJsonGatewayErrorAndKeepsItRetryable() {
        SeedanceApiException e = dialect.parseError(502, "<html><body>Bad Gateway</body></html>", "rid-1",
                Duration.ofSeconds(2));

        assertThat(e.code()).isNull();
        assertThat(e.requestId()).isEqualTo("rid-1");
        assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(2));
        assertThat(e.isRetryable()).isTrue();
        assertThat(e.getMessage()).contains("HTTP 502", "Bad Gateway");
    }

    @Test
    void classifiesRateLimitsAndQuotas() {
        assertThat(dialect.parseError(429, "{\"error\":{\"code\":\"RateLimitExceeded.EndpointRPMExceeded\"}}", null,
                null).isRetryable()).isTrue();
        assertThat(dialect.parseError(429, "{\"error\":{\"code\":\"QuotaExceeded\"}}", null, null).isRetryable())
                .isFalse();
        assertThat(dialect.parseError(400,
                "{\"error\":{\"code\":\"InputImageSensitiveContentDetected.PrivacyInformation\"}}", null, null)
                .isContentPolicy()).isTrue();
    }

    private static JsonNode fixture(String name) {
        return json(text(name));
    }

    private static JsonNode json(String text) {
        return JsonSupport.parse(text, "fixture");
    }

    private static String text(String name) {
        try (InputStream in = ArkDialectTest.class.getResourceAsStream("/ark/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
