package io.camelseedance.simulator;

/**
 * One provider's HTTP surface under a path prefix. Each simulated provider answers in its own wire format, so
 * the shared request handler only routes, records and injects faults, and leaves every answer to the API.
 */
public interface SimulatedApi {

    /** The path prefix this API serves, e.g. {@code /api/v3/}. */
    String pathPrefix();

    /** Answers a request whose path starts with {@link #pathPrefix()} (or any request, for the fallback API). */
    Reply handle(RecordedRequest request, String requestId);

    /**
     * An error answer with this status in this API's own error format: what a request gets when a test asked for
     * it to fail ({@code failNext}), or when the simulator itself broke while handling it.
     */
    Reply errorReply(int httpStatus, String requestId);
}
