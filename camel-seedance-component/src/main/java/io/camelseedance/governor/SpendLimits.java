package io.camelseedance.governor;

import java.time.Duration;

import io.camelseedance.api.SeedanceBudgetException;
import io.camelseedance.tracking.SpendLedger;

/**
 * One endpoint's limits on a budget it shares with the endpoints naming the same budget.
 *
 * @param budget     what may be spent per period, in {@code unit}; 0 for no budget
 * @param unit       what the budget counts
 * @param period     how long a budget period lasts
 * @param dailyQuota how many tasks may be submitted per day (UTC); 0 for no quota
 */
public record SpendLimits(double budget, CostUnit unit, Duration period, int dailyQuota) {

    public SpendLimits {
        if (!(budget >= 0) || Double.isInfinite(budget)) {
            throw new IllegalArgumentException("budget must be 0 (none) or more; got " + budget);
        }
        if (period == null || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("budgetPeriod must be positive; got " + period);
        }
        if (dailyQuota < 0) {
            throw new IllegalArgumentException("dailyTaskQuota must be 0 (none) or more; got " + dailyQuota);
        }
    }

    /** Whether anything is limited. */
    public boolean any() {
        return budget > 0 || dailyQuota > 0;
    }

    /**
     * Refuses a create of this estimate when the budget, as its ledger stands, cannot take it.
     *
     * @throws SeedanceBudgetException naming the budget, when the daily quota is used up or the estimate does not fit
     */
    void check(SpendLedger ledger, Estimate estimate) {
        String name = ledger.name();
        if (dailyQuota > 0 && ledger.tasksToday() >= dailyQuota) {
            throw new SeedanceBudgetException(name, "Not sent: the daily quota of " + dailyQuota + " tasks of budget '"
                    + name + "' is used up (" + ledger.tasksToday() + " submitted on " + ledger.day()
                    + ", UTC); it starts again at midnight UTC");
        }
        double committed = ledger.spent() + ledger.reservedTotal();
        if (budget > 0 && committed + estimate.amount() > budget) {
            throw new SeedanceBudgetException(name, "Not sent: over budget '" + name + "' of "
                    + Estimate.format(budget) + " " + unit + " per " + period + ": " + Estimate.format(committed)
                    + " spent or reserved, this create is estimated at " + estimate + "; the period ends at "
                    + ledger.periodStart().plus(period));
        }
    }
}
