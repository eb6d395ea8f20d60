package io.camelseedance.simulator.apimart;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;

import io.camelseedance.simulator.gateway.GatewayRefusal;

/**
 * APIMart's {@code Idempotency-Key}: the first create with a key makes the task, every later one with the same key
 * and body gets that task again instead of a second (paid) one. Only creates that made a task are remembered, so a
 * create that was refused may be sent again with its key.
 */
final class IdempotentCreates {

    /** What a key was used for. */
    private record Use(JsonNode body, String taskId) {
    }

    /**
     * The task a create answers with, how late the answer goes out, and whether an earlier create with the same key
     * made the task (a replay answers at once).
     */
    record Outcome(String taskId, Duration answerDelay, boolean replayed) {

        static Outcome created(String taskId, Duration answerDelay) {
            return new Outcome(taskId, answerDelay, false);
        }
    }

    private final Map<String, Use> byKey = new HashMap<>();

    /**
     * Answers a create: with the remembered task when the key was used before, else with the task {@code create}
     * makes. Creates are serialised, so two racing re-sends still make one task.
     *
     * @param key {@code null} when the create carries no key: it always makes a task
     */
    synchronized Outcome create(String key, JsonNode body, Supplier<Outcome> create) {
        if (key == null) {
            return create.get();
        }
        Optional<Use> earlier = Optional.ofNullable(byKey.get(key));
        if (earlier.isPresent()) {
            if (!earlier.get().body().equals(body)) {
                throw GatewayRefusal.idempotencyConflict();
            }
            return new Outcome(earlier.get().taskId(), Duration.ZERO, true);
        }
        Outcome created = create.get();
        byKey.put(key, new Use(body, created.taskId()));
        return created;
    }
}
