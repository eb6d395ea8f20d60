package io.camelseedance.simulator.apimart;

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.camelseedance.simulator.Json;
import io.camelseedance.simulator.ark.ArkUpstream;
import io.camelseedance.simulator.gateway.GatewayStatus;
import io.camelseedance.simulator.gateway.GatewayTasks;

/**
 * Renders APIMart's answers from the Ark task behind its own: the create envelope
 * {@code {"code":200,"data":[{"status":"submitted","task_id"}]}} and the task envelope {@code {"code":200,"data":{…}}},
 * whose video is at {@code data.result.videos[0].url[0]}. APIMart does not document where the last frame of
 * {@code return_last_frame} appears; the simulator puts it beside the video, at {@code data.result.images[0].url[0]}.
 */
final class ApiMartTaskJson {

    private static final int OK = 200;
    /** APIMart keeps generated media for 72 hours. */
    private static final Duration MEDIA_LIFETIME = Duration.ofHours(72);
    // what APIMart's example estimates
    private static final int ESTIMATED_SECONDS = 120;

    private ApiMartTaskJson() {
    }

    static ObjectNode created(String taskId) {
        ObjectNode json = Json.object().put("code", OK);
        json.putArray("data").addObject().put("status", "submitted").put("task_id", taskId);
        return json;
    }

    static ObjectNode render(GatewayTasks.Snapshot task) {
        JsonNode ark = task.arkTask();
        ObjectNode json = Json.object().put("code", OK);
        ObjectNode data = json.putObject("data");
        data.put("id", task.id());
        data.put("status", GatewayStatus.word(ark));
        data.put("progress", GatewayStatus.progress(ark));
        long created = ark.get("created_at").asLong();
        data.put("created", created);
        if (!ArkUpstream.isFinal(ark.get("status").asText())) {
            data.put("estimated_time", ESTIMATED_SECONDS);
            return json;
        }
        long completed = ark.get("updated_at").asLong();
        data.put("completed", completed);
        data.put("actual_time", completed - created);
        if (ark.has("content")) {
            putResult(data.putObject("result"), ark.get("content"), completed + MEDIA_LIFETIME.toSeconds());
        } else if (GatewayStatus.failed(ark)) {
            data.set("error", GatewayStatus.error(ark));
        }
        return json;
    }

    private static void putResult(ObjectNode result, JsonNode content, long expiresAt) {
        result.putArray("videos").addObject().put("expires_at", expiresAt)
                .putArray("url").add(content.get("video_url").asText());
        if (content.has("last_frame_url")) {
            result.putArray("images").addObject().put("expires_at", expiresAt)
                    .putArray("url").add(content.get("last_frame_url").asText());
        }
    }
}
