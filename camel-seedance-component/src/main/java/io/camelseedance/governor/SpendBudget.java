package io.camelseedance.governor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import io.camelseedance.api.SeedanceBudgetException;
import io.camelseedance.api.VideoTask;
import io.camelseedance.tracking.SpendLedger;
import io.camelseedance.tracking.SpendLedger.Reservation;
import io.camelseedance.tracking.TaskStore.Shelf;

/**
 * One named budget: what its period has spent, what the creates not yet ended are estimated to cost, and how many tasks
 * were submitted today. A create reserves its estimate before it is sent ({@link #reserve}), or is refused with nothing
 * sent; when its task ends, the estimate is replaced by what the provider reported ({@link #settle}). Every change is
 * written to the task store before the method returns, so a restart keeps what was spent.
 * <p>
 * Thread-safe; changes are serialised on this object.
 */
public final class SpendBudget {

    private final String name;
    private final Shelf<SpendLedger> shelf;
    private final Clock clock;
    private SpendLedger ledger;

    /**
     * @param name  the budget's name, its key in the store
     * @param unit  what it counts; a ledger kept in another unit is refused, as its sums would mean nothing
     * @param shelf where the ledger is kept
     */
    public SpendBudget(String name, CostUnit unit, Shelf<SpendLedger> shelf, Clock clock) {
        this.name = name;
        this.shelf = shelf;
        this.clock = clock;
        Instant now = clock.instant();
        this.ledger = shelf.all().stream().filter(l -> l.name().equals(name)).findFirst()
                .orElse(new SpendLedger(name, unit.name(), now, 0, today(now), 0, Map.of()));
        if (!ledger.unit().equals(unit.name())) {
            throw new IllegalArgumentException("budget " + name + " is kept in " + ledger.unit() + ", not in " + unit
                    + ": give this budget another budgetName");
        }
    }

    public String name() {
        return name;
    }

    /** What the budget counts. */
    public CostUnit unit() {
        return CostUnit.valueOf(ledger.unit());
    }

    /**
     * Reserves a create's estimate under {@code ticket}, counting it as a task of today.
     *
     * @throws SeedanceBudgetException when the daily quota is used up, or the estimate does not fit in what is left
     *                                 of the budget; nothing is reserved then
     */
    public synchronized void reserve(String ticket, Estimate estimate, SpendLimits limits) {
        SpendLedger current = rolled(limits.period());
        if (limits.dailyQuota() > 0 && current.tasksToday() >= limits.dailyQuota()) {
            throw new SeedanceBudgetException(name, "Not sent: the daily quota of " + limits.dailyQuota()
                    + " tasks of budget '" + name + "' is used up (" + current.tasksToday() + " submitted on "
                    + current.day() + ", UTC); it starts again at midnight UTC");
        }
        double committed = committed(current);
        if (limits.budget() > 0 && committed + estimate.amount() > limits.budget()) {
            throw new SeedanceBudgetException(name, "Not sent: over budget '" + name + "' of "
                    + Estimate.format(limits.budget()) + " " + limits.unit() + " per " + limits.period() + ": "
                    + Estimate.format(committed) + " spent or reserved, this create is estimated at " + estimate
                    + "; the period ends at " + current.periodStart().plus(limits.period()));
        }
        Map<String, Reservation> reserved = new HashMap<>(current.reserved());
        reserved.put(ticket, new Reservation(estimate.amount(), estimate.pricePerToken()));
        save(new SpendLedger(name, current.unit(), current.periodStart(), current.spent(), current.day(),
                current.tasksToday() + 1, reserved));
    }

    /** The create of {@code ticket} answered with a task: its reservation is now the task's. */
    public synchronized void created(String ticket, String taskId) {
        Map<String, Reservation> reserved = new HashMap<>(ledger.reserved());
        Reservation reservation = reserved.remove(ticket);
        if (reservation != null) {
            reserved.put(taskId, reservation);
            save(with(ledger.spent(), ledger.tasksToday(), reserved));
        }
    }

    /** The create of {@code ticket} was not sent, or surely created nothing: its reservation and task are handed back. */
    public synchronized void refund(String ticket) {
        Map<String, Reservation> reserved = new HashMap<>(ledger.reserved());
        if (reserved.remove(ticket) != null) {
            save(with(ledger.spent(), Math.max(0, ledger.tasksToday() - 1), reserved));
        }
    }

    /** The task (or create) under {@code key} ended: it is charged what the provider reported. */
    public synchronized void settle(String key, VideoTask ended) {
        Reservation reservation = ledger.reserved().get(key);
        if (reservation != null) {
            charge(key, Estimate.actual(reservation.amount(), unit(),
                    reservation.pricePerToken(), ended));
        }
    }

    /** The end of the task (or create) under {@code key} cannot be known: it is charged its estimate. */
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

    /** The keys of the reservations: tasks not ended (by task id) and creates on the wire (by ticket). */
    public synchronized Map<String, Reservation> reserved() {
        return ledger.reserved();
    }

    /** What the ended tasks of the current period used. */
    public synchronized double spent(Duration period) {
        return rolled(period).spent();
    }

    /** What is left of the budget for new creates: the budget less what is spent and reserved. */
    public synchronized double left(SpendLimits limits) {
        return limits.budget() - committed(rolled(limits.period()));
    }

    private static double committed(SpendLedger ledger) {
        return ledger.spent() + ledger.reserved().values().stream().mapToDouble(Reservation::amount).sum();
    }

    /** The ledger with a period begun since it was written restarted, and a day since passed counting afresh. */
    private SpendLedger rolled(Duration period) {
        Instant now = clock.instant();
        Instant start = ledger.periodStart();
        double spent = ledger.spent();
        if (!now.isBefore(start.plus(period))) {
            long periods = Duration.between(start, now).toMillis() / period.toMillis();
            start = start.plusMillis(periods * period.toMillis());
            spent = 0;
        }
        LocalDate today = today(now);
        int tasksToday = today.equals(ledger.day()) ? ledger.tasksToday() : 0;
        if (!start.equals(ledger.periodStart()) || !today.equals(ledger.day())) {
            save(new SpendLedger(name, ledger.unit(), start, spent, today, tasksToday, ledger.reserved()));
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

    private static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }
}
