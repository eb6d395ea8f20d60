package io.camelseedance.tracking;

/**
 * A store made of shelves of the same kind.
 */
abstract class ShelvedTaskStore implements TaskStore {

    private final Shelf<TrackedTask> inFlight;
    private final Shelf<TrackedOutcome> outcomes;
    private final Shelf<CreateIntent> intents;
    private final Shelf<SpendLedger> ledgers;

    ShelvedTaskStore(Shelf<TrackedTask> inFlight, Shelf<TrackedOutcome> outcomes, Shelf<CreateIntent> intents,
            Shelf<SpendLedger> ledgers) {
        this.inFlight = inFlight;
        this.outcomes = outcomes;
        this.intents = intents;
        this.ledgers = ledgers;
    }

    @Override
    public Shelf<SpendLedger> ledgers() {
        return ledgers;
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
    public Shelf<TrackedOutcome> outcomes() {
        return outcomes;
    }
}
