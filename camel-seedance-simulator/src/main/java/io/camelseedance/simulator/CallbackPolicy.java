package io.camelseedance.simulator;

import java.time.Duration;
import java.util.Collections;
import java.util.List;

/**
 * How a provider delivers one callback: how long the receiver has to confirm with a 2xx answer, and the waits
 * before each further attempt when it does not. Ark and Ace Data Cloud give 5 s and repeat a final status 3 times,
 * 1 s apart ({@link #ARK_FINAL}); EvoLink gives 10 s and retries after 1, 2 and 4 s.
 *
 * @param timeout    the receiver's time to answer an attempt
 * @param retryDelays the wait before each retry, in order; empty for a single attempt
 */
public record CallbackPolicy(Duration timeout, List<Duration> retryDelays) {

    /** Ark's confirmation window. */
    public static final Duration ARK_TIMEOUT = Duration.ofSeconds(5);

    /** Ark's delivery of a final status: 5 s to confirm, then 3 more attempts 1 s apart. */
    public static final CallbackPolicy ARK_FINAL = new CallbackPolicy(ARK_TIMEOUT,
            Collections.nCopies(3, Duration.ofSeconds(1)));

    /** Ark's delivery of a status a task goes on from: one attempt. */
    public static final CallbackPolicy ARK_PROGRESS = once(ARK_TIMEOUT);

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
