package io.camelseedance.simulator;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An HTTP answer decided by a simulated API. It is a value rather than a write to the exchange so that the
 * answer can be sent later (see {@link #delayedBy(Duration)} and {@link #deferred(CompletionStage)}) without holding
 * a server thread.
 *
 * @param status      the HTTP status
 * @param contentType the Content-Type header, or {@code null} for an empty body
 * @param body        the body, in memory or written on the fly
 * @param headers     extra response headers
 * @param delay       how long to wait before sending, {@link Duration#ZERO} for at once
 * @param later       the answer still to come, for a {@link #deferred} reply; {@code null} otherwise, and then the
 *                    other components are the answer
 */
public record Reply(int status, String contentType, ReplyBody body, Map<String, String> headers, Duration delay,
        CompletionStage<Reply> later) {

    private static final int NO_STATUS_LINE = -1;

    public Reply {
        Objects.requireNonNull(body, "body");
        headers = Map.copyOf(headers);
        Objects.requireNonNull(delay, "delay");
    }

    public static Reply json(int status, JsonNode document) {
        return new Reply(status, "application/json", ReplyBody.of(Json.bytes(document)), Map.of(), Duration.ZERO,
                null);
    }

    /** A 200 with these bytes; the array is not copied, do not modify it. */
    public static Reply binary(String contentType, byte[] body) {
        return binary(contentType, ReplyBody.of(body));
    }

    /** A 200 whose body may be written as it is sent, e.g. a file far larger than the heap. */
    public static Reply binary(String contentType, ReplyBody body) {
        return new Reply(200, contentType, body, Map.of(), Duration.ZERO, null);
    }

    /**
     * An answer known only later, e.g. a provider's blocking create that answers when the video is done. It is sent
     * when {@code answer} completes (after that reply's own delay); no thread waits for it meanwhile.
     */
    public static Reply deferred(CompletionStage<Reply> answer) {
        return new Reply(0, null, ReplyBody.of(new byte[0]), Map.of(), Duration.ZERO,
                Objects.requireNonNull(answer, "answer"));
    }

    /**
     * No answer at all: the connection is closed before a status line, as when a server or a proxy in between fails
     * mid-request. Its {@link #status()} is -1.
     */
    public static Reply connectionCut() {
        return new Reply(NO_STATUS_LINE, null, ReplyBody.of(new byte[0]), Map.of(), Duration.ZERO, null);
    }

    /** Whether this is a {@link #connectionCut()}, to be sent (after its delay) by closing the connection. */
    public boolean cutsConnection() {
        return status == NO_STATUS_LINE && later == null;
    }

    public Reply withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Reply(status, contentType, body, more, delay, later);
    }

    /** A 429 tells the client when to come back, as every provider does; other statuses are left alone. */
    public Reply withRetryAfterIfThrottled(int seconds) {
        return status == 429 ? withHeader("Retry-After", Integer.toString(seconds)) : this;
    }

    public Reply delayedBy(Duration wait) {
        return new Reply(status, contentType, body, headers, wait, later);
    }
}
