package io.camelseedance.simulator.acedata;

import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.camelseedance.simulator.ApiRefusal;
import io.camelseedance.simulator.Json;
import io.camelseedance.simulator.Reply;
import io.camelseedance.simulator.ark.ArkApiException;

/**
 * An error answer of Ace Data Cloud, {@code {"success":false,"error":{"code","message"},"trace_id"}}, with Ace's
 * own codes: 400 {@code bad_request} / {@code no_token}, 401 {@code invalid_token}, 403 {@code used_up}, 404
 * {@code not_found} / {@code no_api}, 413 {@code request_too_large}, 429 {@code too_many_requests}, 5xx
 * {@code api_error}.
 */
final class AceDataApiException extends ApiRefusal {

    private static final long serialVersionUID = 1L;

    private final int httpStatus;
    private final String code;

    AceDataApiException(int httpStatus, String code, String message) {
        super(message);
        this.httpStatus = httpStatus;
        this.code = code;
    }

    static AceDataApiException badRequest(String message) {
        return new AceDataApiException(400, "bad_request", message);
    }

    static AceDataApiException noToken() {
        return new AceDataApiException(400, "no_token",
                "The request has no token: send authorization: Bearer <token>.");
    }

    static AceDataApiException invalidToken() {
        return new AceDataApiException(401, "invalid_token", "The token is invalid.");
    }

    static AceDataApiException noApi(String method, String path) {
        return new AceDataApiException(404, "no_api", "There is no API " + method + " " + path + ".");
    }

    static AceDataApiException taskNotFound(String id) {
        return new AceDataApiException(404, "not_found", "The task " + id + " is not found.");
    }

    /**
     * What Ace answers when Ark refused the forwarded body. Ace checks requests before forwarding them, so a request
     * Ark finds invalid (an unknown model included) reaches the client as Ace's own 400.
     */
    static AceDataApiException fromArk(ArkApiException e) {
        int status = e.httpStatus() == 404 && "model".equals(e.param()) ? 400 : e.httpStatus();
        return forStatus(status, e.getMessage());
    }

    static AceDataApiException forStatus(int httpStatus, String message) {
        String code = switch (httpStatus) {
            case 401 -> "invalid_token";
            case 403 -> "used_up";
            case 404 -> "not_found";
            case 413 -> "request_too_large";
            case 429 -> "too_many_requests";
            default -> httpStatus >= 500 ? "api_error" : "bad_request";
        };
        return new AceDataApiException(httpStatus, code, message);
    }

    /**
     * The body of a request as a JSON object with only {@code fields}.
     *
     * @throws AceDataApiException {@code bad_request} saying what is wrong
     */
    static ObjectNode requireObject(String body, Set<String> fields) {
        ObjectNode root;
        try {
            root = Json.parseObject(body);
        } catch (IllegalArgumentException e) {
            throw badRequest("The request is not valid: " + e.getMessage() + ".");
        }
        Json.unknownField(root, fields).ifPresent(name -> {
            throw badRequest("Unknown parameter `" + name + "`.");
        });
        return root;
    }

    /** The wire answer; every error gets a trace id of its own, as Ace's do. */
    @Override
    public Reply reply(int retryAfterSeconds) {
        ObjectNode body = Json.object().put("success", false);
        body.putObject("error").put("code", code).put("message", getMessage());
        body.put("trace_id", UUID.randomUUID().toString());
        return Reply.json(httpStatus, body).withRetryAfterIfThrottled(retryAfterSeconds);
    }
}
