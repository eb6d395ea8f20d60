package io.camelseedance.provider;

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;

import io.camelseedance.api.SeedanceApiException;
import io.camelseedance.api.TaskError;

/**
 * The error object Ark and the OpenAI-style gateways (EvoLink, APIMart) answer with,
 * {@code {"error":{"code","message","type","param"}}}, and that failed tasks carry. Every part is optional.
 *
 * @param code    the provider's code as text: a word on Ark ({@code InvalidParameter}), the HTTP status on the
 *                gateways ({@code 400})
 * @param type    the error type, e.g. {@code invalid_request_error}
 * @param param   the request field at fault
 * @param message the provider's message
 */
public record ErrorEnvelope(String code, String type, String param, String message) {

    private static final int MAX_SHOWN = 200;

    /**
     * Reads an error response body. A body that is not the JSON envelope (gateways in front of a provider answer
     * some errors with HTML or plain text) becomes the message, abbreviated.
     */
    public static ErrorEnvelope read(String body) {
        try {
            return of(JsonSupport.object(JsonSupport.parse(body, "error"), "error"));
        } catch (RuntimeException notJson) {
            return new ErrorEnvelope(null, null, null, abbreviate(body));
        }
    }

    /** Reads an {@code error} object. */
    public static ErrorEnvelope of(JsonNode error) {
        return new ErrorEnvelope(JsonSupport.text(error, "code"), JsonSupport.text(error, "type"),
                JsonSupport.text(error, "param"), JsonSupport.text(error, "message"));
    }

    /**
     * The most telling code: the provider's code word, or the type where the code is only the HTTP status again,
     * as on the gateways ({@code 400} says less than {@code content_policy_violation}).
     */
    public String telling() {
        boolean numeric = code != null && !code.isEmpty() && code.chars().allMatch(Character::isDigit);
        return numeric || code == null ? (type != null ? type : code) : code;
    }

    /** Why a task failed, from its {@code error} object; {@code null} when it has none. */
    public static TaskError taskError(JsonNode error) {
        if (error == null || !error.isObject()) {
            return null;
        }
        ErrorEnvelope envelope = of(error);
        return TaskError.of(envelope.telling(), envelope.message());
    }

    /** The exception of a gateway error answer, whose telling code is its {@link #telling()} one. */
    public SeedanceApiException toGatewayException(String provider, int httpStatus, String requestId,
                                                   Duration retryAfter) {
        return new SeedanceApiException(provider, httpStatus, telling(), type, param, message, requestId,
                retryAfter);
    }

    private static String abbreviate(String body) {
        if (body == null) {
            return null;
        }
        String oneLine = body.strip().replaceAll("\\s+", " ");
        return oneLine.length() > MAX_SHOWN ? oneLine.substring(0, MAX_SHOWN) + "..." : oneLine;
    }
}
