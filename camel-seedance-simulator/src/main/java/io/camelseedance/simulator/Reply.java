package io.camelseedance.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An HTTP answer decided by a simulated API. It is a value rather than a write to the exchange so that the
 * answer can be sent later (see {@link #delayedBy(Duration)}) without holding a server thread.
 *
 * @param status      the HTTP status
 * @param contentType the Content-Type header, or {@code null} for an empty body
 * @param body        the body, in memory or written on the fly
 * @param headers     extra response headers
 * @param delay       how long to wait before sending, {@link Duration#ZERO} for at once
 */
public record Reply(int status, String contentType, ReplyBody body, Map<String, String> headers, Duration delay) {

    public Reply {
        Objects.requireNonNull(body, "body");
        headers = Map.copyOf(headers);
        Objects.requireNonNull(delay, "delay");
    }

    public static Reply json(int status, JsonNode document) {
        return new Reply(status, "application/json", ReplyBody.of(Json.bytes(document)), Map.of(), Duration.ZERO);
    }

    /** A 200 with these bytes; the array is not copied, do not modify it. */
    public static Reply binary(String contentType, byte[] body) {
        return binary(contentType, ReplyBody.of(body));
    }

    /** A 200 whose body may be written as it is sent, e.g. a file far larger than the heap. */
    public static Reply binary(String contentType, ReplyBody body) {
        return new Reply(200, contentType, body, Map.of(), Duration.ZERO);
    }

    public Reply withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Reply(status, contentType, body, more, delay);
    }

    public Reply delayedBy(Duration wait) {
        return new Reply(status, contentType, body, headers, wait);
    }
}
