package io.camelseedance.tracking;

import java.util.Collection;

/**
 * Where the tracker keeps what must outlive the JVM: the tasks in flight, and the outcomes no consumer has emitted
 * yet. After a restart the tracker resumes polling every task in flight; nothing is submitted again.
 * <p>
 * Implementations are called from several threads and must be safe for that. Every write must be durable when the
 * method returns, or the store cannot keep its promise across a crash.
 */
public interface TaskStore {

    /** The tasks being followed. */
    Shelf<TrackedTask> inFlight();

    /** Terminal tasks kept until a consumer has emitted them. */
    Shelf<TrackedOutcome> outcomes();

    /** Entries by task id. */
    interface Shelf<T> {

        void put(String taskId, T entry);

        void remove(String taskId);

        Collection<T> all();
    }
}
