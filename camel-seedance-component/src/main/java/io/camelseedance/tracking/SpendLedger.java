package io.camelseedance.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * What a budget has used, kept in the task store so that a restart does not hand the budget back: the amount spent in
 * the current period, the tasks submitted today, and what the creates not yet ended are estimated to cost.
 *
 * @param name        the budget's name (its store key)
 * @param unit        what {@code spent} counts: {@code tokens}, {@code credits} or {@code money}
 * @param periodStart when the current budget period began
 * @param spent       what the tasks ended in this period used, as the provider reported it (else as estimated)
 * @param day         the day (UTC) {@code tasksToday} counts
 * @param tasksToday  the tasks submitted that day
 * @param reserved    the estimates of creates not yet ended, by task id (or by a ticket id while the create is on
 *                    the wire)
 */
public record SpendLedger(String name, String unit, Instant periodStart, double spent, LocalDate day, int tasksToday,
        Map<String, Reservation> reserved) {

    public SpendLedger {
        reserved = reserved == null ? Map.of() : Map.copyOf(reserved);
    }

    /**
     * The estimate of one create.
     *
     * @param amount        the estimated cost, in the ledger's unit
     * @param pricePerToken the money per token when the cost is priced by tokens (to price the tokens the provider
     *                      reports); {@code null} otherwise
     */
    public record Reservation(double amount, Double pricePerToken) {
    }
}
