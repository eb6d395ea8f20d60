package io.camelseedance.simulator.task;

import io.camelseedance.simulator.FileDelivery;
import java.time.Duration;
import java.time.Instant;

/**
 * What every simulated task has, whichever provider it belongs to: an id, a plan, and a phase that only
 * {@link #moveTo} changes, so that the scheduler and a concurrent cancel can never both win. Each provider extends
 * it with what its create request asked for.
 */
public class SimulatedTask {

    private static final int DONE = 100;

    /** The current phase and when it was entered. */
    public record State(TaskPhase phase, Instant updatedAt) {
    }

    private final String id;
    private final long sequence;
    private final TaskPlan plan;
    private final FileDelivery delivery;
    private final Instant createdAt;
    private final String createRequestId;
    private State state;

    /**
     * @param sequence        creation order, for newest-first listings that do not depend on clock resolution
     * @param delivery        how its files are served once it has succeeded
     * @param createRequestId the request id of the create call, quoted in a failed task's error message
     */
    protected SimulatedTask(String id, long sequence, TaskPlan plan, FileDelivery delivery, Instant createdAt,
                            String createRequestId) {
        this.id = id;
        this.sequence = sequence;
        this.plan = plan;
        this.delivery = delivery;
        this.createdAt = createdAt;
        this.createRequestId = createRequestId;
        this.state = new State(TaskPhase.QUEUED, createdAt);
    }

    /** Changes the phase if the current one allows it; returns whether it did. */
    public final synchronized boolean moveTo(TaskPhase next, Instant at) {
        if (!state.phase().canMoveTo(next)) {
            return false;
        }
        state = new State(next, at);
        return true;
    }

    public final synchronized State state() {
        return state;
    }

    /**
     * Percent done as providers that report progress show it: 0 until the task runs, then growing with the time it
     * has run against the time it is planned to run (never 100 before it succeeded), 100 once it has succeeded.
     */
    public final int progress(Instant now) {
        State current = state();
        return switch (current.phase()) {
            case SUCCEEDED -> DONE;
            case RUNNING -> {
                Duration planned = plan.runningTime();
                long elapsed = Duration.between(current.updatedAt(), now).toMillis();
                long percent = planned.isZero() ? 0 : elapsed * DONE / planned.toMillis();
                yield (int) Math.max(1, Math.min(DONE - 1, percent));
            }
            default -> 0;
        };
    }

    /** Whether a PNG of the last frame is published with the video; providers that offer it say so. */
    public boolean returnsLastFrame() {
        return false;
    }

    public final String id() {
        return id;
    }

    public final long sequence() {
        return sequence;
    }

    public final TaskPlan plan() {
        return plan;
    }

    public final FileDelivery delivery() {
        return delivery;
    }

    public final Instant createdAt() {
        return createdAt;
    }

    public final String createRequestId() {
        return createRequestId;
    }
}
