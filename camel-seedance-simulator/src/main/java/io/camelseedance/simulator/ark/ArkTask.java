package io.camelseedance.simulator.ark;

import io.camelseedance.simulator.FileDelivery;
import io.camelseedance.simulator.task.SimulatedTask;
import io.camelseedance.simulator.task.TaskPlan;
import java.time.Instant;

/** One simulated Ark task: the shared lifecycle, plus what its create request asked for and will produce. */
final class ArkTask extends SimulatedTask {

    private final CreateTaskRequest request;
    private final VideoSpec video;

    ArkTask(String id, long sequence, CreateTaskRequest request, VideoSpec video, TaskPlan plan,
            FileDelivery delivery, Instant createdAt, String createRequestId) {
        super(id, sequence, plan, delivery, createdAt, createRequestId);
        this.request = request;
        this.video = video;
    }

    @Override
    public boolean returnsLastFrame() {
        return request.lastFrameRequested();
    }

    CreateTaskRequest request() {
        return request;
    }

    VideoSpec video() {
        return video;
    }
}
