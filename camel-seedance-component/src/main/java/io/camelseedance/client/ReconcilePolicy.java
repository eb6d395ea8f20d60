package io.camelseedance.client;

import java.time.Duration;
import java.util.Objects;

/**
 * What the client does when a create's answer is lost and the provider lists its tasks.
 *
 * @param enabled          search the provider's task list for the task before raising outcome-unknown
 * @param settleDelay      how long after a search that found nothing to search again, for a provider whose list
 *                         shows a new task late; zero searches once
 * @param resendWhenAbsent when the second search still finds no matching task, re-send the create once: the task
 *                         was not made, so the re-send is not a second bill (unless the provider's list lags more
 *                         than {@code settleDelay})
 * @param markCreates      send each create that leaves {@code execution_expires_after} unset with the provider's
 *                         default shortened by a different few seconds ({@link CreateMarks}), so that the echo tells
 *                         apart creates that are otherwise alike; it changes what is sent, hence off by default
 */
public record ReconcilePolicy(boolean enabled, Duration settleDelay, boolean resendWhenAbsent, boolean markCreates) {

    public ReconcilePolicy {
        Objects.requireNonNull(settleDelay, "settleDelay");
        if (settleDelay.isNegative()) {
            throw new IllegalArgumentException("settleDelay must not be negative");
        }
    }

    /** Search on, settle for 3 s, never re-send, send every request as it is. */
    public static ReconcilePolicy defaults() {
        return new ReconcilePolicy(true, Duration.ofSeconds(3), false, false);
    }

    /** Raise outcome-unknown at once, as before reconciliation existed. */
    public static ReconcilePolicy off() {
        return new ReconcilePolicy(false, Duration.ZERO, false, false);
    }
}
