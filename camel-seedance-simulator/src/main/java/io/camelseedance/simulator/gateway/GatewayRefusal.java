package io.camelseedance.simulator.gateway;

import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.camelseedance.simulator.ApiRefusal;
import io.camelseedance.simulator.Json;
import io.camelseedance.simulator.Reply;
import io.camelseedance.simulator.ark.ArkApiException;

/**
 * An error answer of a simulated OpenAI-style gateway (EvoLink, APIMart):
 * {@code {"error":{"code":<HTTP status>,"message","type","param"?}}}, where the {@code type} says what went wrong.
 */
public final class GatewayRefusal extends ApiRefusal {

    private static final long serialVersionUID = 1L;
    private static final String INVALID = "invalid_request_error";
    /** Ark's codes for a request it cannot read, as opposed to a moderation verdict. */
    private static final Set<String> ARK_VALIDATION = Set.of("InvalidParameter", "MissingParameter",
            "InvalidEndpointOrModel.NotFound");

    private final int httpStatus;
    private final String type;
    private final String param;

    GatewayRefusal(int httpStatus, String type, String message, String param) {
        super(message);
        this.httpStatus = httpStatus;
        this.type = type;
        this.param = param;
    }

    public static GatewayRefusal invalidParameter(String param, String problem) {
        return new GatewayRefusal(400, INVALID, "Invalid " + param + " parameter: " + problem, param);
    }

    public static GatewayRefusal malformedRequest(String problem) {
        return new GatewayRefusal(400, INVALID, "Invalid request: " + problem, null);
    }

    public static GatewayRefusal unauthenticated() {
        return new GatewayRefusal(401, "authentication_error", "Invalid or missing API key", null);
    }

    public static GatewayRefusal taskNotFound(String id) {
        return new GatewayRefusal(404, "not_found_error", "Task " + id + " not found", "task_id");
    }

    public static GatewayRefusal noRoute(int httpStatus, String method, String path) {
        return new GatewayRefusal(httpStatus, httpStatus == 405 ? INVALID : "not_found_error",
                "No " + method + " " + path, null);
    }

    /** The same idempotency key came with another body: a key names one request, not a family of them. */
    public static GatewayRefusal idempotencyConflict() {
        return new GatewayRefusal(409, INVALID, "This Idempotency-Key was already used with a different request body",
                null);
    }

    /**
     * A plausible refusal with this status, for a fault a test asked for.
     *
     * @param types the provider's error type for each status it documents
     */
    public static GatewayRefusal forStatus(int httpStatus, Map<Integer, String> types) {
        String message = httpStatus == 429
                ? "Rate limit exceeded, please retry later"
                : httpStatus >= 500
                        ? "The service is temporarily unable to handle the request"
                        : "The request was refused";
        String fallback = httpStatus >= 500 ? "internal_server_error" : INVALID;
        return new GatewayRefusal(httpStatus, types.getOrDefault(httpStatus, fallback), message, null);
    }

    /**
     * What the gateway answers when Ark refused the task it forwarded: a request Ark cannot read is the gateway's
     * {@code invalid_request_error} naming the field (a bad {@code [sim:…]} directive in Ark's {@code content} is the
     * gateway's {@code prompt}), a moderation verdict keeps Ark's code as its type, anything else is the status in the
     * provider's words.
     */
    public static GatewayRefusal fromArk(ArkApiException e, Map<Integer, String> types) {
        if (e.httpStatus() == 400 && ARK_VALIDATION.contains(e.code())) {
            return new GatewayRefusal(400, INVALID, e.getMessage(), "content".equals(e.param()) ? "prompt" : e.param());
        }
        if (e.httpStatus() == 400) {
            return new GatewayRefusal(400, e.code(), e.getMessage(), null);
        }
        return forStatus(e.httpStatus(), types);
    }

    @Override
    public Reply reply(int retryAfterSeconds) {
        ObjectNode body = Json.object();
        ObjectNode error = body.putObject("error").put("code", httpStatus).put("message", getMessage())
                .put("type", type);
        if (param != null) {
            error.put("param", param);
        }
        return Reply.json(httpStatus, body).withRetryAfterIfThrottled(retryAfterSeconds);
    }
}
