package io.camelseedance.simulator.gateway;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelseedance.simulator.Json;
import io.camelseedance.simulator.Reply;
import java.util.Map;

/**
 * Writes a gateway provider's error envelope {@code {"error":{"code":<HTTP status>,"message","type","param"?}}},
 * with the provider's type for each status, and a {@code Retry-After} on every 429.
 */
public final class GatewayErrors {

    private final int retryAfterSeconds;
    private final Map<Integer, String> typesByStatus;

    /**
     * @param typesByStatus the provider's error type for each status it documents; others are
     *                      {@code invalid_request_error} (4xx) or {@code internal_server_error} (5xx)
     */
    public GatewayErrors(int retryAfterSeconds, Map<Integer, String> typesByStatus) {
        this.retryAfterSeconds = retryAfterSeconds;
        this.typesByStatus = Map.copyOf(typesByStatus);
    }

    public Reply reply(GatewayError error) {
        ObjectNode body = Json.object();
        ObjectNode fields = body.putObject("error");
        fields.put("code", error.httpStatus());
        fields.put("message", error.getMessage());
        fields.put("type", error.type() != null ? error.type() : typeFor(error.httpStatus()));
        if (error.param() != null) {
            fields.put("param", error.param());
        }
        Reply reply = Reply.json(error.httpStatus(), body);
        return error.httpStatus() == 429
                ? reply.withHeader("Retry-After", Integer.toString(retryAfterSeconds))
                : reply;
    }

    public Reply replyForStatus(int httpStatus) {
        return reply(GatewayError.forStatus(httpStatus));
    }

    private String typeFor(int httpStatus) {
        String type = typesByStatus.get(httpStatus);
        if (type != null) {
            return type;
        }
        return httpStatus >= 500 ? "internal_server_error" : "invalid_request_error";
    }
}
