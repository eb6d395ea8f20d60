package io.camelseedance.api;

import java.time.Duration;

/**
 * A create waited for one of the account's slots (its cap on tasks in flight) until its deadline, and none freed up.
 * Nothing was sent and nothing billed: the exchange may be retried later.
 */
public class SeedanceSlotTimeoutException extends SeedanceException {

    public SeedanceSlotTimeoutException(int cap, Duration waited) {
        super("Not sent: waited " + waited.toMillis() + " ms for a slot, and the account's " + cap
                + " tasks in flight (maxTasksInFlight) did not end; raise slotWaitTimeout or maxTasksInFlight");
    }
}
