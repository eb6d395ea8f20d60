package io.camelseedance.simulator.apimart;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelseedance.simulator.FileDownloads;
import io.camelseedance.simulator.Json;
import io.camelseedance.simulator.gateway.GatewayStatus;
import io.camelseedance.simulator.gateway.GatewayTask;
import io.camelseedance.simulator.task.SimulatedTask;
import io.camelseedance.simulator.task.TaskPhase;
import java.time.Duration;
import java.time.Instant;

/**
 * Renders APIMart's answers: the create envelope {@code {"code":200,"data":[{"status":"submitted","task_id"}]}} and
 * the task envelope {@code {"code":200,"data":{...}}}, whose video is at {@code data.result.videos[0].url[0]}.
 * APIMart does not document where the last frame of {@code return_last_frame} appears; the simulator puts it
 * beside the video, at {@code data.result.images[0].url[0]}.
 *
 * @param files where the videos of completed tasks are downloaded from
 */
record ApiMartTaskJson(FileDownloads files) {

    private static final int OK = 200;
    /** APIMart keeps generated media for 72 hours. */
    private static final Duration MEDIA_LIFETIME = Duration.ofHours(72);

    static ObjectNode created(String taskId) {
        ObjectNode json = Json.object().put("code", OK);
        json.putArray("data").addObject().put("status", "submitted").put("task_id", taskId);
        return json;
    }

    ObjectNode render(GatewayTask task) {
        SimulatedTask.State state = task.state();
        TaskPhase phase = state.phase();
        ObjectNode json = Json.object().put("code", OK);
        ObjectNode data = json.putObject("data");
        data.put("id", task.id());
        data.put("status", GatewayStatus.word(phase));
        data.put("progress", task.progress(Instant.now()));
        data.put("created", task.createdAt().getEpochSecond());
        if (!phase.isFinal()) {
            data.put("estimated_time", task.plan().steps().stream().mapToLong(s -> s.after().toSeconds()).sum());
            return json;
        }
        data.put("completed", state.updatedAt().getEpochSecond());
        data.put("actual_time", Duration.between(task.createdAt(), state.updatedAt()).toSeconds());
        if (phase == TaskPhase.SUCCEEDED) {
            putResult(data.putObject("result"), task, state.updatedAt().plus(MEDIA_LIFETIME).getEpochSecond());
        } else if (GatewayStatus.failed(phase)) {
            data.set("error", GatewayStatus.error(task));
        }
        return json;
    }

    private void putResult(ObjectNode result, GatewayTask task, long expiresAt) {
        result.putArray("videos").addObject().put("expires_at", expiresAt)
                .putArray("url").add(files.videoUrl(task.id()));
        if (task.request().returnLastFrame()) {
            result.putArray("images").addObject().put("expires_at", expiresAt)
                    .putArray("url").add(files.lastFrameUrl(task.id()));
        }
    }
}
