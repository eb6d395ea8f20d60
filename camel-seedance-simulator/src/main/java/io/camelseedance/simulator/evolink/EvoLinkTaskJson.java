package io.camelseedance.simulator.evolink;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.camelseedance.simulator.Json;
import io.camelseedance.simulator.gateway.GatewayStatus;
import io.camelseedance.simulator.gateway.GatewayTasks;

/**
 * Renders an EvoLink task object ({@code object: video.generation.task}) from the Ark task behind it; the same
 * object answers a create, a retrieve and goes to the callback URL: {@code results} only once completed,
 * {@code error} only once failed.
 */
final class EvoLinkTaskJson {

    // EvoLink bills per second of video; the simulator reserves a flat, made-up rate
    private static final int CREDITS_PER_SECOND = 10;
    // what EvoLink's example estimates for a 5-second video
    private static final int ESTIMATED_SECONDS = 165;

    private EvoLinkTaskJson() {
    }

    static ObjectNode render(GatewayTasks.Snapshot task) {
        JsonNode ark = task.arkTask();
        String status = GatewayStatus.word(ark);
        int duration = task.request().duration();
        ObjectNode json = Json.object();
        json.put("id", task.id());
        json.put("object", "video.generation.task");
        json.put("created", ark.get("created_at").asLong());
        json.put("model", task.request().modelId());
        json.put("status", status);
        json.put("progress", GatewayStatus.progress(ark));
        json.put("type", "video");
        ObjectNode info = json.putObject("task_info");
        info.put("can_cancel", status.equals("pending"));
        info.put("estimated_time", ESTIMATED_SECONDS);
        info.put("video_duration", duration);
        ObjectNode usage = json.putObject("usage");
        usage.put("billing_rule", "per_second");
        usage.put("credits_reserved", duration * CREDITS_PER_SECOND);
        usage.put("user_group", "default");
        if (status.equals("completed")) {
            json.putArray("results").add(ark.at("/content/video_url").asText());
        } else if (GatewayStatus.failed(ark)) {
            json.set("error", GatewayStatus.error(ark));
        }
        return json;
    }
}
