package io.camelseedance.tracking;

import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;

import io.camelseedance.tracking.SpendLedger.Reservation;

/**
 * Budgets and caps on tasks in flight counted in a store that several instances share, so that they spend one budget
 * and fill one cap. Every change is one transaction that holds the budget's row (or the account's slots) locked, so
 * two instances never both take the last of a budget or of a cap. Reservations and slots belong to the instance that
 * made them, under its lease: those of an instance that died come back when its lease ends (a reservation is then
 * charged its estimate, as its task's end cannot be known).
 */
public interface SharedSpending {

    /**
     * Makes the budget's row if absent.
     *
     * @return the unit the budget is kept in (that of its first user)
     */
    String openBudget(String name, String unit);

    /**
     * Reserves {@code amount} under {@code key}, counting a task of today, if {@code check} accepts the budget as it
     * stands (it throws to refuse; nothing is changed then).
     */
    void reserve(String name, String key, Reservation reservation, Duration period, Consumer<SpendLedger> check);

    /** The reservation under {@code from} is now under {@code to} (a create's ticket becomes its task id). */
    void rekey(String name, String from, String to);

    /** Hands back the reservation under {@code key} and its task of today. */
    void refund(String name, String key);

    /** Replaces the reservation under {@code key} by what {@code charge} makes of it; nothing when there is none. */
    void settle(String name, String key, Duration period, ToDoubleFunction<Reservation> charge);

    /** The budget now: what its period spent, today's tasks, and every instance's reservations by key. */
    SpendLedger ledger(String name, Duration period);

    /** The reservations this instance holds, by key. */
    Map<String, Reservation> ownReservations(String name);

    /**
     * Takes a slot of the account if fewer than {@code cap} are taken by live instances ({@code cap} 0: whatever the
     * count, for a task already in flight).
     *
     * @return whether the slot was taken
     */
    boolean claimSlot(TrackerKey account, String slotId, int cap);

    void releaseSlot(String slotId);
}
