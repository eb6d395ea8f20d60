package io.camelseedance.simulator.evolink;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelseedance.simulator.FileDownloads;
import io.camelseedance.simulator.Json;
import io.camelseedance.simulator.gateway.GatewayStatus;
import io.camelseedance.simulator.gateway.GatewayTask;
import io.camelseedance.simulator.task.SimulatedTask;
import io.camelseedance.simulator.task.TaskPhase;
import java.time.Instant;

/**
 * Renders an EvoLink task object ({@code object: video.generation.task}), which is at once the create answer, the
 * retrieve answer and the callback body: {@code results} only once completed, {@code error} only once failed.
 *
 * @param files where the videos of completed tasks are downloaded from
 */
record EvoLinkTaskJson(FileDownloads files) {

    // EvoLink bills per second of video; the simulator reserves a flat, made-up rate
    private static final int CREDITS_PER_SECOND = 10;

    ObjectNode render(GatewayTask task) {
        SimulatedTask.State state = task.state();
        TaskPhase phase = state.phase();
        int duration = task.request().duration();
        ObjectNode json = Json.object();
        json.put("id", task.id());
        json.put("object", "video.generation.task");
        json.put("created", task.createdAt().getEpochSecond());
        json.put("model", task.request().modelId());
        json.put("status", GatewayStatus.word(phase));
        json.put("progress", task.progress(Instant.now()));
        json.put("type", "video");
        ObjectNode info = json.putObject("task_info");
        info.put("can_cancel", phase == TaskPhase.QUEUED);
        info.put("estimated_time", estimatedSeconds(task));
        info.put("video_duration", duration);
        ObjectNode usage = json.putObject("usage");
        usage.put("billing_rule", "per_second");
        usage.put("credits_reserved", duration * CREDITS_PER_SECOND);
        usage.put("user_group", "default");
        if (phase == TaskPhase.SUCCEEDED) {
            json.putArray("results").add(files.videoUrl(task.id()));
        } else if (GatewayStatus.failed(phase)) {
            json.set("error", GatewayStatus.error(task));
        }
        return json;
    }

    private static long estimatedSeconds(GatewayTask task) {
        long millis = task.plan().steps().stream().mapToLong(step -> step.after().toMillis()).sum();
        return Math.max(1, (millis + 999) / 1000);
    }
}
