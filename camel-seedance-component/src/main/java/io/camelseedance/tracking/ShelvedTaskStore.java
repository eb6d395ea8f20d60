package io.camelseedance.tracking;

import io.camelseedance.api.VideoTask;

/**
 * A store made of two shelves of the same kind.
 */
abstract class ShelvedTaskStore implements TaskStore {

    private final Shelf<TrackedTask> inFlight;
    private final Shelf<VideoTask> outcomes;

    ShelvedTaskStore(Shelf<TrackedTask> inFlight, Shelf<VideoTask> outcomes) {
        this.inFlight = inFlight;
        this.outcomes = outcomes;
    }

    @Override
    public Shelf<TrackedTask> inFlight() {
        return inFlight;
    }

    @Override
    public Shelf<VideoTask> outcomes() {
        return outcomes;
    }
}
