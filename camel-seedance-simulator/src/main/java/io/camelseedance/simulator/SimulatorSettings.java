package io.camelseedance.simulator;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * The knobs of a simulator, fixed when it is built; every simulated provider reads its timings from here.
 *
 * @param port              the port to bind on the loopback interface, 0 for any free port
 * @param apiKey            the only bearer token accepted, or {@code null} to accept any non-empty token
 * @param queuedFor         how long a new task stays {@code queued}
 * @param runningFor        how long a task stays {@code running} before it reaches its outcome
 * @param retryAfterSeconds the {@code Retry-After} value sent with simulated 429 answers
 * @param serverThreads     how many threads answer HTTP requests
 * @param endpoints         Ark endpoint ids ({@code ep-…}) and the model id each one serves
 */
public record SimulatorSettings(
        int port, String apiKey, Duration queuedFor, Duration runningFor, int retryAfterSeconds, int serverThreads,
        Map<String, String> endpoints) {

    public SimulatorSettings {
        endpoints = Map.copyOf(endpoints);
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
        }
        if (apiKey != null && apiKey.isBlank()) {
            throw new IllegalArgumentException("apiKey must not be blank; use null to accept any key");
        }
        requireNotNegative(queuedFor, "queuedFor");
        requireNotNegative(runningFor, "runningFor");
        if (retryAfterSeconds < 0) {
            throw new IllegalArgumentException("retryAfterSeconds must not be negative: " + retryAfterSeconds);
        }
        if (serverThreads < 1) {
            throw new IllegalArgumentException("serverThreads must be at least 1: " + serverThreads);
        }
    }

    private static void requireNotNegative(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative: " + duration);
        }
    }
}
