package io.camelseedance.governor;

import java.time.Duration;

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
}
