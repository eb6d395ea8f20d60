package io.camelseedance.provider;

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import io.camelseedance.api.SeedanceApiException;
import io.camelseedance.api.TaskError;

/**
 * What a provider's error answer says, read leniently because gateways differ:
 * {@code {"error":{"code","type","param","message"}}} (Ark, Ace Data Cloud, OpenAI-style relays), the same fields at
 * the top level ({@code {"code","message"}}), or, when the body is not JSON at all (a proxy's HTML page), its first
 * 200 characters as the message. Blank values read as absent.
 *
 * @param root the parsed body, or a missing node when it was not JSON, for provider-specific fields such as a trace id
 */
public record ErrorBody(String code, String type, String param, String message, JsonNode root) {

    public static ErrorBody parse(String body) {
        JsonNode root;
        try {
            root = JsonSupport.parse(body, "error");
        } catch (RuntimeException notJson) {
            return new ErrorBody(null, null, null, JsonSupport.abbreviate(body), MissingNode.getInstance());
        }
        JsonNode error = root.get("error");
        JsonNode fields = error != null && error.isObject() ? error : root;
        String message = error != null && error.isTextual() ? error.asText() : text(fields, "message");
        String code = text(fields, "code");
        return new ErrorBody(code, text(fields, "type"), text(fields, "param"),
                message == null && code == null ? JsonSupport.abbreviate(body) : message, root);
    }

    /** Reads an error object, such as the {@code error} of a failed task. */
    public static ErrorBody of(JsonNode error) {
        return new ErrorBody(text(error, "code"), text(error, "type"), text(error, "param"), text(error, "message"),
                error);
    }

    /**
     * This error with its type as the code where the code is missing or only repeats the HTTP status, as the
     * OpenAI-style gateways (EvoLink, APIMart) write it: {@code content_policy_violation} says what {@code 400} does
     * not.
     */
    public ErrorBody withTypeForNumericCode() {
        boolean uninformative = code == null || code.chars().allMatch(Character::isDigit);
        return uninformative && type != null ? new ErrorBody(type, type, param, message, root) : this;
    }

    /**
     * Why a gateway's task failed, from its {@code error} object, with the type for a numeric code; {@code null} when
     * there is none.
     */
    public static TaskError gatewayTaskError(JsonNode error) {
        if (error == null || !error.isObject()) {
            return null;
        }
        ErrorBody body = of(error).withTypeForNumericCode();
        return TaskError.of(body.code(), body.message());
    }

    /** The error as the client reports it. */
    public SeedanceApiException toException(String provider, int httpStatus, String requestId, Duration retryAfter) {
        return new SeedanceApiException(provider, httpStatus, code, type, param, message, requestId, retryAfter);
    }

    private static String text(JsonNode node, String field) {
        String value = JsonSupport.text(node, field);
        return value == null || value.isBlank() ? null : value;
    }
}
