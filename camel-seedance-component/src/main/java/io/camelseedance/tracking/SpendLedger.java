package io.camelseedance.tracking;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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

    /** What the reservations add up to. */
    public double reservedTotal() {
        return reserved.values().stream().mapToDouble(Reservation::amount).sum();
    }

    /**
     * This ledger as of {@code now}: a period begun since it was written starts with nothing spent, and a day since
     * passed counts its tasks afresh; this very ledger when neither happened.
     */
    public SpendLedger rolled(Instant now, Duration period) {
        Instant start = periodStart;
        double spentNow = spent;
        if (!now.isBefore(start.plus(period))) {
            long periods = Duration.between(start, now).toMillis() / period.toMillis();
            start = start.plusMillis(periods * period.toMillis());
            spentNow = 0;
        }
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        if (start.equals(periodStart) && today.equals(day)) {
            return this;
        }
        return new SpendLedger(name, unit, start, spentNow, today, today.equals(day) ? tasksToday : 0, reserved);
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
