package io.camelseedance.client;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How often and how long to wait before re-sending a call: exponential backoff with jitter, unless the provider said
 * how long to wait ({@code Retry-After}), which wins.
 *
 * @param maxRetries   re-sends after the first attempt; 0 disables retries
 * @param initialDelay the delay before the first re-send (before jitter)
 * @param maxDelay     the longest computed delay; a provider's Retry-After may ask for more, up to {@link #MAX_HONOURED}
 */
public record RetryPolicy(int maxRetries, Duration initialDelay, Duration maxDelay) {

    /**
     * The longest wait honoured: a longer Retry-After is cut to this, and the call is re-sent after it (still counting
     * as one of the {@code maxRetries}).
     */
    static final Duration MAX_HONOURED = Duration.ofMinutes(5);

    public static RetryPolicy defaults() {
        return new RetryPolicy(3, Duration.ofMillis(500), Duration.ofSeconds(30));
    }

    public boolean allowsRetry(int attempt) {
        return attempt <= maxRetries;
    }

    /**
     * The wait before re-send number {@code attempt} (1-based). Jitter spreads the waits of many clients that failed
     * together, so they do not come back together.
     */
    public Duration delayBefore(int attempt, Duration retryAfter) {
        if (retryAfter != null) {
            return retryAfter.compareTo(MAX_HONOURED) > 0 ? MAX_HONOURED : retryAfter;
        }
        long base = initialDelay.toMillis() << Math.min(attempt - 1, 20);
        long capped = Math.min(base, maxDelay.toMillis());
        long jittered = capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1);
        return Duration.ofMillis(jittered);
    }
}
