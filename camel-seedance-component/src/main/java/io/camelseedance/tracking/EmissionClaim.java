package io.camelseedance.tracking;

/** What claiming the emission of a task in a {@link SharedTaskStore} gave. */
public enum EmissionClaim {

    /** Another instance is emitting the task, or it was emitted: not this caller's. */
    REFUSED,
    /** This caller's, and no earlier emission may have reached a route unreported (a failed one was released). */
    FIRST,
    /**
     * This caller's, taken over from an instance whose claim ended without its exchange completing or failing: it
     * died (or stalled for a whole lease), perhaps after its route had handled the task. The emission is a possible
     * redelivery.
     */
    TAKEN_OVER;

    /** Whether the caller may emit the task. */
    public boolean taken() {
        return this != REFUSED;
    }
}
