package io.camelseedance.tracking;

import java.util.Collection;
import java.util.List;

import io.camelseedance.api.VideoTask;

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

    /**
     * Moves a task that has ended out of flight, keeping its outcome for a consumer when the task asks for that. A
     * store shared by several instances does both at once, and only for the first instance to finish the task.
     *
     * @return whether the task was still in flight here (it was finished by this call)
     */
    default boolean finish(TrackedTask task, VideoTask outcome) {
        // outcome first: a crash between the two writes leaves the task to be polled again, never lost
        if (task.keepOutcome()) {
            outcomes().put(task.id(), new TrackedOutcome(task.key(), outcome));
        }
        inFlight().remove(task.id());
        return true;
    }

    /**
     * Creates recorded before they are sent ({@link CreateIntent}), by intent id. A store that keeps none (this
     * default, for stores written before there were intents) cannot settle creates that a crash cut off.
     */
    default Shelf<CreateIntent> intents() {
        return Shelf.none();
    }

    /**
     * What each budget has spent ({@link SpendLedger}), by budget name. A store that keeps none (this default) forgets
     * the spending on a restart.
     */
    default Shelf<SpendLedger> ledgers() {
        return Shelf.none();
    }

    /**
     * Creates recorded under a key of the caller's ({@code CamelSeedanceSubmissionKey}), so that each key is sent
     * once. A store that keeps none (this default, for stores written before there were keys) refuses a key.
     */
    default SubmissionKeys submissions() {
        throw new UnsupportedOperationException("The task store " + getClass().getName()
                + " keeps no submission keys");
    }

    /** Entries by task id. */
    interface Shelf<T> {

        void put(String taskId, T entry);

        void remove(String taskId);

        Collection<T> all();

        /** A shelf that keeps nothing. */
        static <T> Shelf<T> none() {
            return new Shelf<>() {
                @Override
                public void put(String id, T entry) {
                    // kept nowhere
                }

                @Override
                public void remove(String id) {
                    // kept nowhere
                }

                @Override
                public Collection<T> all() {
                    return List.of();
                }
            };
        }
    }
}
