package io.camelseedance.tracking;

/**
 * A store made of shelves of the same kind.
 */
abstract class ShelvedTaskStore implements TaskStore {

    private final Shelf<TrackedTask> inFlight;
    private final Shelf<TrackedOutcome> outcomes;
    private final Shelf<CreateIntent> intents;
    private final Shelf<SpendLedger> ledgers;
    private final SubmissionKeys submissions;

    ShelvedTaskStore(Shelf<TrackedTask> inFlight, Shelf<TrackedOutcome> outcomes, Shelf<CreateIntent> intents,
            Shelf<SpendLedger> ledgers, Shelf<LocalSubmissionKeys.KeyedCreate> submissions) {
        this.inFlight = inFlight;
        this.outcomes = outcomes;
        this.intents = intents;
        this.ledgers = ledgers;
        this.submissions = new LocalSubmissionKeys(submissions);
    }

    @Override
    public Shelf<SpendLedger> ledgers() {
        return ledgers;
    }

    @Override
    public SubmissionKeys submissions() {
        return submissions;
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
