package io.camelseedance.simulator.gateway;

import io.camelseedance.simulator.FileDelivery;
import io.camelseedance.simulator.task.SimulatedTask;
import io.camelseedance.simulator.task.TaskPlan;
import java.time.Instant;

/** One simulated gateway task: the shared lifecycle, plus what its create request asked for. */
public final class GatewayTask extends SimulatedTask {

    private final GatewayRequest request;

    GatewayTask(String id, long sequence, GatewayRequest request, TaskPlan plan, FileDelivery delivery,
                Instant createdAt, String createRequestId) {
        super(id, sequence, plan, delivery, createdAt, createRequestId);
        this.request = request;
    }

    @Override
    public boolean returnsLastFrame() {
        return request.returnLastFrame();
    }

    public GatewayRequest request() {
        return request;
    }
}
