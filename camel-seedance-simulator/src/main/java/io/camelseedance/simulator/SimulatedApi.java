package io.camelseedance.simulator;

import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One provider's HTTP surface, made by its {@link SimulatedProvider}. Each simulated provider answers in its own wire
 * format, so the shared request handler only routes, records and injects faults, and leaves every answer to the API.
 */
public interface SimulatedApi {

    /** Answers a request whose path starts with the API's base path (or any request, for the fallback API). */
    Reply handle(RecordedRequest request, String requestId);

    /**
     * An error answer with this status in this API's own error format: what a request gets when a test asked for
     * it to fail ({@code failNext}), a fault of the run's {@link Faults} hit it, or the simulator itself broke while
     * handling it.
     */
    Reply errorReply(int httpStatus, String requestId);

    /**
     * The task with this id as the API's own retrieve answers it now, for {@link SeedanceSimulator#task(String)};
     * empty if the API did not make it or has no such lookup.
     */
    default Optional<? extends JsonNode> task(String id) {
        return Optional.empty();
    }
}
