package io.camelseedance.simulator.gateway;

import io.camelseedance.simulator.CreateGate;
import io.camelseedance.simulator.task.FailureMessages;

/**
 * An error answer of a simulated gateway provider (EvoLink, APIMart), thrown wherever it refuses a request and
 * written in the gateways' OpenAI-style envelope in one place ({@link GatewayErrors}).
 */
public final class GatewayError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** How the gateways word the refusals that prompt directives ask for. */
    public static final CreateGate.Refusals REFUSALS = new CreateGate.Refusals() {
        @Override
        public RuntimeException invalidDirective(String problem) {
            return invalidParameter("prompt", problem);
        }

        @Override
        public RuntimeException status(int httpStatus) {
            return forStatus(httpStatus);
        }

        @Override
        public RuntimeException rejected(String code) {
            return new GatewayError(400, code, FailureMessages.describe(code), null);
        }
    };

    private final int httpStatus;
    private final String type;
    private final String param;

    /**
     * @param type the error type, or {@code null} for the provider's usual type for the status
     */
    GatewayError(int httpStatus, String type, String message, String param) {
        super(message, null, false, false);
        this.httpStatus = httpStatus;
        this.type = type;
        this.param = param;
    }

    int httpStatus() {
        return httpStatus;
    }

    /** The error type, or {@code null} when the provider's usual type for the status applies. */
    String type() {
        return type;
    }

    /** The request field at fault, or {@code null} when the error is not about one field. */
    String param() {
        return param;
    }

    public static GatewayError invalidParameter(String param, String problem) {
        return new GatewayError(400, "invalid_request_error", "Invalid " + param + " parameter: " + problem, param);
    }

    public static GatewayError malformedRequest(String problem) {
        return new GatewayError(400, "invalid_request_error", "Invalid request: " + problem, null);
    }

    public static GatewayError unknownParameter(String name) {
        return invalidParameter(name, "unknown parameter");
    }

    public static GatewayError wrongType(String name, String expected) {
        return invalidParameter(name, "must be " + expected);
    }

    public static GatewayError missingParameter(String name) {
        return invalidParameter(name, "is required");
    }

    public static GatewayError unauthenticated() {
        return new GatewayError(401, "authentication_error", "Invalid or missing API key", null);
    }

    public static GatewayError taskNotFound(String id) {
        return new GatewayError(404, "not_found_error", "Task " + id + " not found", "task_id");
    }

    public static GatewayError pathNotFound(String path) {
        return new GatewayError(404, "not_found_error", "No such endpoint: " + path, null);
    }

    public static GatewayError methodNotAllowed(String method, String path) {
        return new GatewayError(405, "invalid_request_error", "Method " + method + " is not allowed for " + path,
                null);
    }

    /** The same idempotency key came with another body: the key names one request, not a family of them. */
    public static GatewayError idempotencyConflict() {
        return new GatewayError(409, "invalid_request_error",
                "This Idempotency-Key was already used with a different request body", null);
    }

    /** A plausible error for a status forced by a test. */
    public static GatewayError forStatus(int httpStatus) {
        String message = httpStatus == 429 ? "Rate limit exceeded, please retry later"
                : httpStatus >= 500 ? "The service is temporarily unable to handle the request"
                : "The request was refused";
        return new GatewayError(httpStatus, null, message, null);
    }
}
