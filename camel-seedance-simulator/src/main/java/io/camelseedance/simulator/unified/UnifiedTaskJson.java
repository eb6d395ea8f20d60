package io.camelseedance.simulator.unified;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.camelseedance.simulator.Json;

/**
 * Renders a relay task from the Ark task behind it, in the family's shape: {@code task_id} (Ark's id, passed
 * through), {@code status} in the relay's words, {@code progress} as text, {@code fail_reason}, Unix-second times
 * (0 for "not yet") and, once it succeeded, the video at {@code data.output}.
 */
final class UnifiedTaskJson {

    private static final Map<String, String> STATUS = Map.of("queued", "QUEUED", "running", "IN_PROGRESS",
            "succeeded", "SUCCESS", "failed", "FAILURE", "expired", "FAILURE", "cancelled", "FAILURE");
    private static final Map<String, String> PROGRESS = Map.of("queued", "0%", "running", "50%");

    ObjectNode render(ObjectNode arkTask) {
        String status = arkTask.get("status").asText();
        boolean finished = !PROGRESS.containsKey(status);
        ObjectNode task = Json.object().put("task_id", arkTask.get("id").asText())
                .put("status", STATUS.get(status))
                .put("progress", PROGRESS.getOrDefault(status, "100%"))
                .put("fail_reason", failReason(status, arkTask))
                .put("submit_time", arkTask.get("created_at").asLong())
                .put("finish_time", finished ? arkTask.get("updated_at").asLong() : 0);
        if (status.equals("succeeded")) {
            JsonNode content = arkTask.get("content");
            ObjectNode data = task.putObject("data").put("output", content.get("video_url").asText());
            if (content.has("last_frame_url")) {
                data.put("last_frame_url", content.get("last_frame_url").asText());
            }
        }
        return task;
    }

    private static String failReason(String status, ObjectNode arkTask) {
        return switch (status) {
            case "failed" -> arkTask.at("/error/message").asText();
            case "expired" -> "The task expired before it finished.";
            case "cancelled" -> "The task was cancelled.";
            default -> "";
        };
    }
}
