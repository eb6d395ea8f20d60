package io.camelseedance.tracking;

/**
 * A store made of two shelves of the same kind.
 */
abstract class ShelvedTaskStore implements TaskStore {

    private final Shelf<TrackedTask> inFlight;
    private final Shelf<TrackedOutcome> outcomes;

    ShelvedTaskStore(Shelf<TrackedTask> inFlight, Shelf<TrackedOutcome> outcomes) {
        this.inFlight = inFlight;
        this.outcomes = outcomes;
    }

    @Override
    public Shelf<TrackedTask> inFlight() {
        return inFlight;
    }

    @Override
    public Shelf<TrackedOutcome> outcomes() {
        return outcomes;
    }
}
