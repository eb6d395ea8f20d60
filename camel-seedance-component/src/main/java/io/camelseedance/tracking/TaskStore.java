package io.camelseedance.tracking;

import java.util.Collection;

import io.camelseedance.api.VideoTask;

/**
 * Where the tracker keeps what must outlive the JVM: the tasks in flight, and the outcomes no consumer has emitted
 * yet. After a restart the tracker resumes polling every task in flight; nothing is submitted again.
 * <p>
 * Implementations are called from several threads and must be safe for that. Every write must be durable when the
 * method returns, or the store cannot keep its promise across a crash.
 */
public interface TaskStore {

    void saveInFlight(TrackedTask task);

    void removeInFlight(String taskId);

    Collection<TrackedTask> inFlight();

    /** Keeps a terminal task until a consumer has emitted it. */
    void saveOutcome(VideoTask task);

    /** A consumer emitted the outcome and the exchange completed. */
    void removeOutcome(String taskId);

    Collection<VideoTask> outcomes();
}
