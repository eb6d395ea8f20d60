package io.camelseedance.provider.unified;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.camelseedance.api.TaskError;
import io.camelseedance.api.TaskStatus;
import io.camelseedance.api.VideoOutput;
import io.camelseedance.api.VideoTask;
import io.camelseedance.provider.JsonSupport;

import static io.camelseedance.provider.JsonSupport.longValue;
import static io.camelseedance.provider.JsonSupport.text;

/**
 * Reads a relay's task answer ({@code GET /v2/videos/generations/{task_id}}) through the configured
 * {@link ResponsePointers}. The family reports {@code NOT_START, SUBMITTED, QUEUED, IN_PROGRESS, SUCCESS, FAILURE},
 * progress as text such as {@code "40%"}, and times as Unix seconds where 0 means "not yet".
 */
final class UnifiedTaskReader {

    private static final Map<String, TaskStatus> WORDS = Map.of("NOT_START", TaskStatus.QUEUED,
            "SUBMITTED", TaskStatus.QUEUED, "QUEUED", TaskStatus.QUEUED, "IN_PROGRESS", TaskStatus.RUNNING,
            "SUCCESS", TaskStatus.SUCCEEDED, "FAILURE", TaskStatus.FAILED);

    private final String provider;
    private final ResponsePointers pointers;

    UnifiedTaskReader(String provider, ResponsePointers pointers) {
        this.provider = provider;
        this.pointers = pointers;
    }

    /** The task a create answer names; all that is known of it yet is its id. */
    VideoTask readCreated(String body, String model) {
        JsonNode root = JsonSupport.parse(body, "create response");
        String id = JsonSupport.requireTaskId(pointers.text(root, Pointer.TASK_ID), provider,
                pointers.describe(Pointer.TASK_ID));
        return VideoTask.submitted(id, provider, model, body);
    }

    VideoTask read(String raw) {
        JsonNode root = JsonSupport.parse(raw, "task");
        TaskStatus status = status(
                JsonSupport.requirePresent(pointers.text(root, Pointer.STATUS), pointers.describe(Pointer.STATUS)));
        TaskError error = status == TaskStatus.FAILED ? failure(pointers.find(root, Pointer.ERROR)) : null;
        VideoOutput output = VideoOutput.builder()
                .videoUrl(pointers.text(root, Pointer.VIDEO_URL))
                .lastFrameUrl(pointers.text(root, Pointer.LAST_FRAME_URL))
                .build();
        return VideoTask.builder()
                .id(pointers.text(root, Pointer.TASK_ID))
                .provider(provider)
                .model(text(root, "model"))
                .status(status)
                .progress(percent(pointers.find(root, Pointer.PROGRESS)))
                .output(output)
                .error(error)
                .createdAt(seconds(root, "submit_time"))
                .updatedAt(seconds(root, "finish_time"))
                .raw(raw)
                .build();
    }

    /** The family's words; any other word keeps the task in flight until its deadline. */
    static TaskStatus status(String word) {
        return word == null
                ? TaskStatus.UNKNOWN
                : WORDS.getOrDefault(word.trim().toUpperCase(Locale.ROOT), TaskStatus.UNKNOWN);
    }

    // a relay may point at a reason text or at an error object
    private static TaskError failure(JsonNode reason) {
        if (reason == null) {
            return null;
        }
        return reason.isObject()
                ? TaskError.of(text(reason, "code"), text(reason, "message"))
                : TaskError.of(null, reason.asText());
    }

    private static Integer percent(JsonNode progress) {
        if (progress == null) {
            return null;
        }
        if (progress.isNumber()) {
            return progress.intValue();
        }
        try {
            return Integer.valueOf(progress.asText().replace("%", "").trim());
        } catch (NumberFormatException unreadable) {
            return null;
        }
    }

    private static Instant seconds(JsonNode root, String field) {
        Long value = longValue(root, field);
        return value == null || value <= 0 ? null : Instant.ofEpochSecond(value);
    }
}
