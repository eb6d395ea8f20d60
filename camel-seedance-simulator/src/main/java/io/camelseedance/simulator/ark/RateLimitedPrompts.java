package io.camelseedance.simulator.ark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts create attempts per prompt for {@code [sim:429xN]}, so that a client's retries of the same request
 * eventually get through, which is what a test of retry logic needs.
 */
final class RateLimitedPrompts {

    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

    /** Counts this attempt and tells whether it is one of the first {@code limit} with this prompt. */
    boolean throttle(String prompt, int limit) {
        return attempts.computeIfAbsent(prompt, p -> new AtomicInteger()).incrementAndGet() <= limit;
    }
}
