package io.camelseedance.governor;

import java.time.Duration;
import java.util.Map;

import io.camelseedance.api.VideoTask;
import io.camelseedance.tracking.SharedSpending;
import io.camelseedance.tracking.SpendLedger.Reservation;

/**
 * A budget kept in a store that several instances share ({@link SharedSpending}): every instance reserves from, and
 * settles into, the same row, each change one transaction, so together they never admit more than fits. Periods and
 * days are reckoned on the store's clock.
 */
public final class SharedBudget implements SpendBudget {

    private final String name;
    private final CostUnit unit;
    private final Duration period;
    private final SharedSpending store;

    /**
     * @param period how long the budget's period lasts (the first endpoint's); each endpoint checks its own limits
     * @throws IllegalArgumentException when the budget is kept in another unit
     */
    public SharedBudget(String name, CostUnit unit, Duration period, SharedSpending store) {
        String kept = store.openBudget(name, unit.name());
        if (!kept.equals(unit.name())) {
            throw new IllegalArgumentException("budget " + name + " is kept in " + kept + ", not in " + unit
                    + ": give this budget another budgetName");
        }
        this.name = name;
        this.unit = unit;
        this.period = period;
        this.store = store;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public CostUnit unit() {
        return unit;
    }

    @Override
    public void reserve(String ticket, Estimate estimate, SpendLimits limits) {
        store.reserve(name, ticket, new Reservation(estimate.amount(), estimate.pricePerToken()), limits.period(),
                ledger -> limits.check(ledger, estimate));
    }

    @Override
    public void created(String ticket, String taskId) {
        store.rekey(name, ticket, taskId);
    }

    @Override
    public void refund(String ticket) {
        store.refund(name, ticket);
    }

    @Override
    public void settle(String key, VideoTask ended) {
        store.settle(name, key, period, r -> Estimate.actual(r.amount(), unit, r.pricePerToken(), ended));
    }

    @Override
    public void settleAsEstimated(String key) {
        store.settle(name, key, period, Reservation::amount);
    }

    @Override
    public Map<String, Reservation> reserved() {
        return store.ownReservations(name);
    }

    @Override
    public double left(SpendLimits limits) {
        var ledger = store.ledger(name, limits.period());
        return limits.budget() - ledger.spent() - ledger.reservedTotal();
    }
}
