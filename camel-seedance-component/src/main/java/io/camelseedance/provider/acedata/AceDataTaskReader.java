package io.camelseedance.provider.acedata;

import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.camelseedance.api.TaskError;
import io.camelseedance.api.TaskStatus;
import io.camelseedance.api.VideoOutput;
import io.camelseedance.api.VideoTask;
import io.camelseedance.provider.ark.ArkTaskReader;

import static io.camelseedance.provider.JsonSupport.bool;
import static io.camelseedance.provider.JsonSupport.object;
import static io.camelseedance.provider.JsonSupport.text;

/**
 * Reads Ace Data Cloud's task answers in each shape it documents. A task query answers
 * {@code {"id","request","state","response"}}, whose {@code response} is what a blocking create answers and a
 * callback carries: {@code {"success","task_id","trace_id","data"|"error"}}. Its {@code data} is an object
 * {@code {task_id,status,video_url,...}} in Ace's guides and an array of Ark task objects in its OpenAPI example.
 * <p>
 * Ace reports status loosely, so the most specific signal wins: an error, then the task's status word, then the
 * query's state, then the success flag and whether there is a video. The task id is always Ace's own (the one to
 * query with), never the Ark id inside {@code data}.
 */
final class AceDataTaskReader {

    private static final Map<String, TaskStatus> ACE_WORDS = Map.of("pending", TaskStatus.QUEUED,
            "success", TaskStatus.SUCCEEDED, "completed", TaskStatus.SUCCEEDED, "error", TaskStatus.FAILED);

    private final String provider;
    private final ArkTaskReader ark;

    AceDataTaskReader(String provider) {
        this.provider = provider;
        this.ark = new ArkTaskReader(provider);
    }

    /**
     * @param fallbackModel the model when the answer names none (a blocking create answers for the request sent)
     */
    VideoTask read(JsonNode node, String raw, String fallbackModel) {
        // only the bare create answer has task_id at the top; a task query wraps it in response
        boolean query = !node.has("task_id");
        JsonNode answer = query ? object(node, "response") : node;
        String id = text(node, query ? "id" : "task_id");
        String state = query ? text(node, "state") : null;
        String requested = text(object(node, "request"), "model");
        String model = requested != null ? requested : fallbackModel;
        TaskError error = error(answer.get("error"));
        Boolean success = bool(answer, "success");
        JsonNode data = answer.get("data");
        if (data != null && data.isArray() && !data.isEmpty()) {
            JsonNode item = data.get(0);
            VideoTask inner = ark.read(item, raw);
            TaskError failure = error != null ? error : inner.error();
            return inner.toBuilder()
                    .id(id)
                    .model(inner.model() != null ? inner.model() : model)
                    .status(status(text(item, "status"), state, failure, success, inner.videoUrl()))
                    .error(failure)
                    .build();
        }
        JsonNode d = object(answer, "data");
        TaskError failure = error != null ? error : error(d.get("error"));
        VideoOutput output = ArkTaskReader.output(d, d);
        String dataModel = text(d, "model");
        return VideoTask.builder()
                .id(id)
                .provider(provider)
                .model(dataModel != null ? dataModel : model)
                .status(status(text(d, "status"), state, failure, success, output.videoUrl()))
                .output(output)
                .error(failure)
                .raw(raw)
                .build();
    }

    private static TaskError error(JsonNode error) {
        return error != null && error.isObject() ? TaskError.of(text(error, "code"), text(error, "message")) : null;
    }

    static TaskStatus status(String word, String state, TaskError error, Boolean success, String videoUrl) {
        if (error != null) {
            return TaskStatus.FAILED;
        }
        if (word != null && !word.isBlank()) {
            return status(word);
        }
        if (state != null && !state.isBlank()) {
            return status(state);
        }
        if (Boolean.FALSE.equals(success)) {
            return TaskStatus.FAILED;
        }
        // Ace shows a task it has not started on as an empty state without response data
        return videoUrl != null ? TaskStatus.SUCCEEDED : TaskStatus.QUEUED;
    }

    /** Ace's own words and the Ark words its data passes through; an unknown word is never an end. */
    static TaskStatus status(String word) {
        String key = word.trim().toLowerCase(Locale.ROOT);
        TaskStatus own = ACE_WORDS.get(key);
        return own != null ? own : ArkTaskReader.status(key);
    }
}
