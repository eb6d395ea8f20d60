package io.camelseedance.governor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import io.camelseedance.api.VideoTask;
import io.camelseedance.tracking.SpendLedger;
import io.camelseedance.tracking.SpendLedger.Reservation;
import io.camelseedance.tracking.TaskStore.Shelf;

/**
 * A budget kept by one instance, in its task store's {@code ledgers} shelf (the memory and file stores). Changes are
 * serialised on this object.
 */
public final class LedgerBudget implements SpendBudget {

    private final String name;
    private final Shelf<SpendLedger> shelf;
    private final Clock clock;
    private SpendLedger ledger;

    /**
     * @param name  the budget's name, its key in the store
     * @param unit  what it counts; a ledger kept in another unit is refused, as its sums would mean nothing
     * @param shelf where the ledger is kept
     */
    public LedgerBudget(String name, CostUnit unit, Shelf<SpendLedger> shelf, Clock clock) {
        this.name = name;
        this.shelf = shelf;
        this.clock = clock;
        Instant now = clock.instant();
        this.ledger = shelf.all().stream().filter(l -> l.name().equals(name)).findFirst()
                .orElse(new SpendLedger(name, unit.name(), now, 0, LocalDate.ofInstant(now, ZoneOffset.UTC), 0,
                        Map.of()));
        if (!ledger.unit().equals(unit.name())) {
            throw new IllegalArgumentException("budget " + name + " is kept in " + ledger.unit() + ", not in " + unit
                    + ": give this budget another budgetName");
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public CostUnit unit() {
        return CostUnit.valueOf(ledger.unit());
    }

    @Override
    public synchronized void reserve(String ticket, Estimate estimate, SpendLimits limits) {
        SpendLedger current = rolled(limits.period());
        limits.check(current, estimate);
        Map<String, Reservation> reserved = new HashMap<>(current.reserved());
        reserved.put(ticket, new Reservation(estimate.amount(), estimate.pricePerToken()));
        save(new SpendLedger(name, current.unit(), current.periodStart(), current.spent(), current.day(),
                current.tasksToday() + 1, reserved));
    }

    @Override
    public synchronized void created(String ticket, String taskId) {
        Map<String, Reservation> reserved = new HashMap<>(ledger.reserved());
        Reservation reservation = reserved.remove(ticket);
        if (reservation != null) {
            reserved.put(taskId, reservation);
            save(with(ledger.spent(), ledger.tasksToday(), reserved));
        }
    }

    @Override
    public synchronized void refund(String ticket) {
        Map<String, Reservation> reserved = new HashMap<>(ledger.reserved());
        if (reserved.remove(ticket) != null) {
            save(with(ledger.spent(), Math.max(0, ledger.tasksToday() - 1), reserved));
        }
    }

    @Override
    public synchronized void settle(String key, VideoTask ended) {
        Reservation reservation = ledger.reserved().get(key);
        if (reservation != null) {
            charge(key, Estimate.actual(reservation.amount(), unit(),
                    reservation.pricePerToken(), ended));
        }
    }

    @Override
    public synchronized void settleAsEstimated(String key) {
        Reservation reservation = ledger.reserved().get(key);
        if (reservation != null) {
            charge(key, reservation.amount());
        }
    }

    private void charge(String key, double amount) {
        Map<String, Reservation> reserved = new HashMap<>(ledger.reserved());
        reserved.remove(key);
        save(with(ledger.spent() + amount, ledger.tasksToday(), reserved));
    }

    @Override
    public synchronized Map<String, Reservation> reserved() {
        return ledger.reserved();
    }

    /** What the ended tasks of the current period used. */
    public synchronized double spent(Duration period) {
        return rolled(period).spent();
    }

    @Override
    public synchronized double left(SpendLimits limits) {
        return limits.budget() - committed(rolled(limits.period()));
    }

    private static double committed(SpendLedger ledger) {
        return ledger.spent() + ledger.reservedTotal();
    }

    /** The ledger with a period begun since it was written restarted, and a day since passed counting afresh. */
    private SpendLedger rolled(Duration period) {
        SpendLedger rolled = ledger.rolled(clock.instant(), period);
        if (rolled != ledger) {
            save(rolled);
        }
        return ledger;
    }

    private SpendLedger with(double spent, int tasksToday, Map<String, Reservation> reserved) {
        return new SpendLedger(name, ledger.unit(), ledger.periodStart(), spent, ledger.day(), tasksToday, reserved);
    }

    private void save(SpendLedger next) {
        shelf.put(name, next); // first, so that what is in memory never runs ahead of what a restart would find
        ledger = next;
    }
}
