package io.camelseedance.simulator;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tasks created by requests still being answered, by request id: so that the HTTP handler knows whether the
 * request it is about to answer created a task, and can lose that answer after the fact.
 */
final class CreationsInFlight {

    private final Map<String, TaskCreation> byRequestId = new ConcurrentHashMap<>();

    void record(TaskCreation creation) {
        byRequestId.put(creation.requestId(), creation);
    }

    /** The task this request created, if it created one; forgotten once taken. */
    Optional<TaskCreation> take(String requestId) {
        return Optional.ofNullable(byRequestId.remove(requestId));
    }
}
