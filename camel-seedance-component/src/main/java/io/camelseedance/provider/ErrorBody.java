package io.camelseedance.provider;

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import io.camelseedance.api.SeedanceApiException;

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

    /** The error as the client reports it. */
    public SeedanceApiException toException(String provider, int httpStatus, String requestId, Duration retryAfter) {
        return new SeedanceApiException(provider, httpStatus, code, type, param, message, requestId, retryAfter);
    }

    private static String text(JsonNode node, String field) {
        String value = JsonSupport.text(node, field);
        return value == null || value.isBlank() ? null : value;
    }
}
