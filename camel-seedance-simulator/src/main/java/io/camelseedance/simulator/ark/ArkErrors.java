package io.camelseedance.simulator.ark;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.camelseedance.simulator.Json;
import io.camelseedance.simulator.Reply;

/**
 * Writes Ark's error envelope {@code {"error":{"code","message","param","type"}}}. Like the real service, every
 * message ends with the request id, and every 429 tells the client when to come back.
 */
final class ArkErrors {

    private final int retryAfterSeconds;

    ArkErrors(int retryAfterSeconds) {
        this.retryAfterSeconds = retryAfterSeconds;
    }

    Reply reply(ArkApiException error, String requestId) {
        ObjectNode body = Json.object();
        ObjectNode fields = body.putObject("error");
        fields.put("code", error.code());
        fields.put("message", withRequestId(error.getMessage(), requestId));
        if (error.param() != null) {
            fields.put("param", error.param());
        }
        fields.put("type", type(error.httpStatus()));
        return Reply.json(error.httpStatus(), body).withRetryAfterIfThrottled(retryAfterSeconds);
    }

    /** A plausible error for a status forced by a test or caused by the simulator's own failure. */
    Reply replyForStatus(int httpStatus, String requestId) {
        return reply(ArkApiException.forStatus(httpStatus), requestId);
    }

    static String withRequestId(String message, String requestId) {
        return message + " Request id: " + requestId;
    }

    private static String type(int httpStatus) {
        return switch (httpStatus) {
            case 400 -> "BadRequest";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "NotFound";
            case 405 -> "MethodNotAllowed";
            case 429 -> "TooManyRequests";
            default -> httpStatus >= 500 ? "InternalServiceError" : "BadRequest";
        };
    }
}
