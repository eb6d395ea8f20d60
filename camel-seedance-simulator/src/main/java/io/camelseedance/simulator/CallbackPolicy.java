package io.camelseedance.simulator;

import java.time.Duration;
import java.util.List;

/**
 * How a provider delivers one callback: how long the receiver has to confirm with a 2xx answer, and the waits
 * before each further attempt when it does not.
 *
 * @param timeout    the receiver's time to answer an attempt
 * @param retryDelays the wait before each retry, in order; empty for a single attempt
 */
public record CallbackPolicy(Duration timeout, List<Duration> retryDelays) {

    public CallbackPolicy {
        retryDelays = List.copyOf(retryDelays);
    }

    /** One attempt only. */
    public static CallbackPolicy once(Duration timeout) {
        return new CallbackPolicy(timeout, List.of());
    }

    /** How many attempts at most, the first one included. */
    public int maxAttempts() {
        return retryDelays.size() + 1;
    }
}
