package io.camelseedance.tracking;

import io.camelseedance.api.VideoTask;

/**
 * A store made of shelves of the same kind.
 */
abstract class ShelvedTaskStore implements TaskStore {

    private final Shelf<TrackedTask> inFlight;
    private final Shelf<VideoTask> outcomes;
    private final Shelf<CreateIntent> intents;

    ShelvedTaskStore(Shelf<TrackedTask> inFlight, Shelf<VideoTask> outcomes, Shelf<CreateIntent> intents) {
        this.inFlight = inFlight;
        this.outcomes = outcomes;
        this.intents = intents;
    }

    @Override
    public Shelf<CreateIntent> intents() {
        return intents;
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
