package io.camelseedance.provider.openaivideos;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.camelseedance.api.SeedanceApiException;
import io.camelseedance.api.SeedanceValidationException.Violation;
import io.camelseedance.api.TaskError;
import io.camelseedance.api.TaskStatus;
import io.camelseedance.api.ValidationMode;
import io.camelseedance.api.VideoOutput;
import io.camelseedance.api.VideoRequest;
import io.camelseedance.api.VideoTask;
import io.camelseedance.provider.ErrorBody;
import io.camelseedance.provider.HttpCall;
import io.camelseedance.provider.JsonBody;
import io.camelseedance.provider.JsonSupport;
import io.camelseedance.provider.ProviderDialect;
import io.camelseedance.provider.UnsupportedFields;

/**
 * The wire format of the test-scope provider: {@code POST /v1/videos} with {@code {model, prompt, seconds}} (seconds
 * as text, the OpenAI way), {@code GET /v1/videos/{id}} answering {@code {id, model, status, progress, video_url,
 * error}} with the status {@code queued}, {@code in_progress}, {@code completed} or {@code failed}.
 */
final class OpenAiVideosDialect implements ProviderDialect {

    static final String VIDEOS = "/v1/videos";
    private static final Map<String, TaskStatus> STATUS = Map.of("queued", TaskStatus.QUEUED,
            "in_progress", TaskStatus.RUNNING, "completed", TaskStatus.SUCCEEDED, "failed", TaskStatus.FAILED);

    private final String provider;

    OpenAiVideosDialect(String provider) {
        this.provider = provider;
    }

    @Override
    public List<Violation> unsupported(VideoRequest r, ValidationMode mode) {
        return new UnsupportedFields(provider, r)
                .lacking(new OpenAiVideosDescriptor().cannotCarry())
                .when(!r.images().isEmpty(), "images", "takes no images")
                .when(r.resolution() != null, "resolution", "takes no resolution")
                .when(r.ratio() != null, "ratio", "takes no ratio")
                .when(r.generateAudio() != null, "generateAudio", "has no audio switch")
                .fixedDurationOnly()
                .list();
    }

    @Override
    public HttpCall create(VideoRequest r) {
        return HttpCall.post(VIDEOS, new JsonBody()
                .put("model", r.model())
                .put("prompt", r.prompt())
                .put("seconds", r.duration() == null ? null : r.duration().toString())
                .extra(r.extra())
                .json());
    }

    /** The create answers with the new task itself. */
    @Override
    public VideoTask parseCreated(String body, VideoRequest request) {
        VideoTask task = parseTask(body);
        JsonSupport.requireTaskId(task.id(), provider, "id");
        return task;
    }

    @Override
    public HttpCall get(String taskId) {
        return HttpCall.get(VIDEOS + "/" + taskId);
    }

    @Override
    public VideoTask parseTask(String body) {
        JsonNode video = JsonSupport.parse(body, "video");
        JsonNode error = video.get("error");
        String status = JsonSupport.text(video, "status");
        return VideoTask.builder()
                .id(JsonSupport.text(video, "id"))
                .provider(provider)
                .model(JsonSupport.text(video, "model"))
                .status(status == null ? TaskStatus.UNKNOWN : STATUS.getOrDefault(status, TaskStatus.UNKNOWN))
                .progress(JsonSupport.integer(video, "progress"))
                .output(VideoOutput.builder().videoUrl(JsonSupport.text(video, "video_url")).build())
                .error(error != null && error.isObject()
                        ? TaskError.of(JsonSupport.text(error, "code"), JsonSupport.text(error, "message"))
                        : null)
                .createdAt(JsonSupport.epochSeconds(video, "created_at"))
                .raw(body)
                .build();
    }

    @Override
    public SeedanceApiException parseError(int httpStatus, String body, String requestId, Duration retryAfter) {
        return ErrorBody.parse(body).withTypeForNumericCode().toException(provider, httpStatus, requestId, retryAfter);
    }
}
