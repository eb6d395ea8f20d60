package io.camelseedance.simulator.unified;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.camelseedance.simulator.ApiRefusal;
import io.camelseedance.simulator.Json;
import io.camelseedance.simulator.Reply;
import io.camelseedance.simulator.ark.ArkApiException;

/**
 * An error answer of a relay gateway, in the OpenAI style the family shares:
 * {@code {"error":{"message","type","param","code"}}}. Errors of the relay itself have type
 * {@code invalid_request_error}; refusals it passes on from Ark keep Ark's code and have type {@code upstream_error}.
 */
final class UnifiedApiException extends ApiRefusal {

    private static final long serialVersionUID = 1L;

    private final int httpStatus;
    private final String code;
    private final String type;
    private final String param;

    private UnifiedApiException(int httpStatus, String code, String type, String param, String message) {
        super(message);
        this.httpStatus = httpStatus;
        this.code = code;
        this.type = type;
        this.param = param;
    }

    static UnifiedApiException invalid(String param, String message) {
        return new UnifiedApiException(400, "invalid_request", "invalid_request_error", param, message);
    }

    static UnifiedApiException invalidToken() {
        return new UnifiedApiException(401, "invalid_api_key", "invalid_request_error", "",
                "Invalid token: send Authorization: Bearer <key>.");
    }

    static UnifiedApiException taskNotFound(String id) {
        return new UnifiedApiException(404, "task_not_exist", "invalid_request_error", "",
                "The task " + id + " does not exist.");
    }

    static UnifiedApiException noRoute(int httpStatus, String method, String path) {
        return new UnifiedApiException(httpStatus, httpStatus == 405 ? "method_not_allowed" : "not_found",
                "invalid_request_error", "", "Invalid URL (" + method + " " + path + ").");
    }

    static UnifiedApiException fromArk(ArkApiException e) {
        return new UnifiedApiException(e.httpStatus(), e.code(), "upstream_error", "", e.getMessage());
    }

    static UnifiedApiException forStatus(int httpStatus) {
        String code = switch (httpStatus) {
            case 400 -> "invalid_request";
            case 401 -> "invalid_api_key";
            case 403 -> "insufficient_user_quota";
            case 404 -> "not_found";
            case 429 -> "rate_limit_exceeded";
            default -> httpStatus >= 500 ? "upstream_error" : "invalid_request";
        };
        return new UnifiedApiException(httpStatus, code, httpStatus >= 500 ? "upstream_error" : "invalid_request_error",
                "", "The request failed (HTTP " + httpStatus + ").");
    }

    @Override
    public Reply reply(int retryAfterSeconds) {
        ObjectNode body = Json.object();
        body.putObject("error").put("message", getMessage()).put("type", type).put("param", param).put("code", code);
        return Reply.json(httpStatus, body).withRetryAfterIfThrottled(retryAfterSeconds);
    }
}
