package io.camelseedance.api;

/**
 * A create was refused before anything was sent: its estimate does not fit in what is left of a budget, or the daily
 * quota of tasks is used up. Nothing was sent and nothing billed; the budget's name says which limit to raise.
 */
public class SeedanceBudgetException extends SeedanceException {

    private final String budget;

    public SeedanceBudgetException(String budget, String message) {
        super(message);
        this.budget = budget;
    }

    /** The name of the budget that refused the create. */
    public String budget() {
        return budget;
    }
}
