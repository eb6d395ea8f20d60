package io.camelseedance.simulator.ark;

import java.time.Instant;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One simulated task. Everything but its status is fixed at creation; status changes go through
 * {@link #moveTo} so that the scheduler and a concurrent DELETE can never both win.
 */
final class ArkTask {

    record State(TaskStatus status, Instant updatedAt) {
    }

    private final String id;
    private final long sequence;
    private final CreateTaskRequest request;
    private final VideoSpec video;
    private final TaskPlan plan;
    private final FileDelivery delivery;
    private final Instant createdAt;
    private final String createRequestId;
    private final Consumer<ObjectNode> listener;
    private State state;

    /**
     * @param sequence        creation order, for newest-first listings that do not depend on clock resolution
     * @param createRequestId the request id of the create call, quoted in a failed task's error message
     * @param listener        hears of every status change with the task as GET returns it; a reseller in front of
     *                        Ark uses it to answer or call back in its own format
     */
    ArkTask(String id, long sequence, CreateTaskRequest request, VideoSpec video, TaskPlan plan,
            FileDelivery delivery, Instant createdAt, String createRequestId, Consumer<ObjectNode> listener) {
        this.id = id;
        this.sequence = sequence;
        this.request = request;
        this.video = video;
        this.plan = plan;
        this.delivery = delivery;
        this.createdAt = createdAt;
        this.createRequestId = createRequestId;
        this.listener = listener;
        this.state = new State(TaskStatus.QUEUED, createdAt);
    }

    /** Changes the status if the current one allows it; returns whether it did. */
    synchronized boolean moveTo(TaskStatus next, Instant at) {
        if (!state.status().canMoveTo(next)) {
            return false;
        }
        state = new State(next, at);
        return true;
    }

    synchronized State state() {
        return state;
    }

    String id() {
        return id;
    }

    long sequence() {
        return sequence;
    }

    CreateTaskRequest request() {
        return request;
    }

    VideoSpec video() {
        return video;
    }

    TaskPlan plan() {
        return plan;
    }

    FileDelivery delivery() {
        return delivery;
    }

    Instant createdAt() {
        return createdAt;
    }

    String createRequestId() {
        return createRequestId;
    }

    Consumer<ObjectNode> listener() {
        return listener;
    }
}
