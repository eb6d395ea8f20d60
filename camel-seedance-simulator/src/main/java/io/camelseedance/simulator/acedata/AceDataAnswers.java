package io.camelseedance.simulator.acedata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.camelseedance.simulator.Json;
import io.camelseedance.simulator.ark.ArkUpstream;

/**
 * Renders Ace Data Cloud's answers from the Ark task behind an Ace task. The result envelope
 * {@code {"success","task_id","trace_id","data"|"error"}} is what a blocking create answers, what a callback carries
 * and what a task query holds in {@code response}; its {@code data} is an object in Ace's guides and an array of Ark
 * task objects in its OpenAPI example, chosen per task.
 */
final class AceDataAnswers {

    private static final String SUCCEEDED = "succeeded";

    /** The answer to a task query: pending tasks have an empty state and no response data, as Ace shows them. */
    ObjectNode query(AceDataTask task, ObjectNode arkTask) {
        ObjectNode query = Json.object().put("id", task.id());
        query.set("request", task.request());
        String status = arkTask.get("status").asText();
        if (ArkUpstream.isFinal(status)) {
            query.put("state", "");
            query.set("response", envelope(task, arkTask));
        } else if (status.equals("running")) {
            query.put("state", "processing");
        } else {
            query.put("state", "");
            query.putObject("response").putArray("data");
        }
        return query;
    }

    /** The result of a finished task. */
    ObjectNode envelope(AceDataTask task, ObjectNode arkTask) {
        boolean succeeded = SUCCEEDED.equals(arkTask.get("status").asText());
        ObjectNode envelope = Json.object().put("success", succeeded).put("task_id", task.id())
                .put("trace_id", task.traceId());
        JsonNode error = arkTask.get("error");
        if (error != null) {
            envelope.set("error", error.deepCopy());
        }
        if (task.arrayShape()) {
            envelope.putArray("data").add(arkTask);
        } else {
            envelope.set("data", data(arkTask, succeeded));
        }
        return envelope;
    }

    private static ObjectNode data(ObjectNode arkTask, boolean succeeded) {
        ObjectNode data = Json.object().put("task_id", arkTask.get("id").asText())
                .put("status", arkTask.get("status").asText()).put("model", arkTask.get("model").asText());
        if (succeeded) {
            JsonNode content = arkTask.get("content");
            data.put("video_url", content.get("video_url").asText());
            JsonNode lastFrame = content.get("last_frame_url");
            if (lastFrame != null) {
                data.set("last_frame_url", lastFrame);
            } else {
                data.putNull("last_frame_url");
            }
            for (String field : new String[]{"resolution", "ratio", "duration", "frames"}) {
                if (arkTask.has(field)) {
                    data.set(field, arkTask.get(field));
                }
            }
        }
        return data;
    }
}
