package io.camelseedance.simulator.ark;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.camelseedance.simulator.Json;

/**
 * Renders a task the way the retrieve endpoint returns it; the list endpoint and callbacks reuse the same shape.
 * Results (files, usage, actual video settings) appear only once the task has succeeded, as on the service.
 */
final class ArkTaskJson {

    private final ArkFileDownloads files;

    ArkTaskJson(ArkFileDownloads files) {
        this.files = files;
    }

    ObjectNode render(ArkTask task) {
        ArkTask.State state = task.state();
        CreateTaskRequest request = task.request();
        ArkModel model = request.model();
        ObjectNode json = Json.object();
        json.put("id", task.id());
        json.put("model", request.modelId());
        json.put("status", state.status().wire());
        json.put("created_at", task.createdAt().getEpochSecond());
        json.put("updated_at", state.updatedAt().getEpochSecond());
        json.put("service_tier", request.serviceTierOrDefault());
        json.put("execution_expires_after", request.executionExpiresAfterOrDefault());
        if (request.safetyIdentifier() != null) {
            json.put("safety_identifier", request.safetyIdentifier());
        }
        if (model.acceptsPriority()) {
            json.put("priority", request.priority() == null ? 0 : request.priority());
        }
        json.put("draft", request.draftMode());
        request.content().draftTask().ifPresent(draft -> json.put("draft_task_id", draft));
        if (model.generatesAudio()) {
            json.put("generate_audio", request.generateAudio() == null || request.generateAudio());
        }
        if (state.status() == TaskStatus.SUCCEEDED) {
            putResult(json, task);
        } else if (state.status() == TaskStatus.FAILED) {
            putError(json, task);
        }
        return json;
    }

    private void putResult(ObjectNode json, ArkTask task) {
        CreateTaskRequest request = task.request();
        VideoSpec video = task.video();
        ObjectNode content = json.putObject("content");
        content.put("video_url", files.videoUrl(task.id()));
        if (request.lastFrameRequested()) {
            content.put("last_frame_url", files.lastFrameUrl(task.id()));
        }
        ObjectNode usage = json.putObject("usage");
        usage.put("completion_tokens", video.tokens());
        usage.put("total_tokens", video.tokens());
        json.put("seed", video.seed());
        json.put("resolution", video.resolution());
        json.put("ratio", video.ratio());
        if (video.frames() != null) {
            json.put("frames", video.frames());
        } else {
            json.put("duration", video.duration());
        }
        json.put("framespersecond", VideoSpec.FRAMES_PER_SECOND);
        if (request.tools() != null) {
            json.set("tools", request.tools().deepCopy());
        }
        if (request.outputFormat() != null) {
            json.put("output_format", request.outputFormat());
        }
    }

    private static void putError(ObjectNode json, ArkTask task) {
        String code = task.plan().failureCode().orElse("InternalServiceError");
        ObjectNode error = json.putObject("error");
        error.put("code", code);
        error.put("message", ArkErrors.withRequestId(FailureMessages.describe(code), task.createRequestId()));
    }
}
