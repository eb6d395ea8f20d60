package io.camelseedance.api;

import java.time.Duration;

import org.apache.camel.spi.HttpResponseAware;

/**
 * The provider answered with an error. Carries the HTTP status, the provider's code, type, offending parameter and
 * request id (quote it to the provider's support), and whether retrying the same call may help.
 */
public class SeedanceApiException extends SeedanceException implements HttpResponseAware {

    private final String provider;
    private int httpStatus;
    private String httpStatusText;
    private final String code;
    private final String type;
    private final String param;
    private final String requestId;
    private final boolean retryable;
    private final boolean contentPolicy;
    private final transient Duration retryAfter;
    private String responseBody;

    public SeedanceApiException(String provider, int httpStatus, String code, String type, String param,
            String providerMessage, String requestId, Duration retryAfter) {
        super(describe(provider, httpStatus, code, param, providerMessage, requestId));
        this.provider = provider;
        this.httpStatus = httpStatus;
        this.code = code;
        this.type = type;
        this.param = param;
        this.requestId = requestId;
        this.retryAfter = retryAfter;
        this.contentPolicy = ErrorCodes.isContentPolicy(code);
        this.retryable = !contentPolicy && isTransientStatus(httpStatus) && !isPermanentCode(code);
    }

    /**
     * The provider answered with a success status, but not with what the call needs: no task id, no status, no list
     * where a list is due, not JSON at all. The message says what was missing; the body, cut short, is kept for
     * debugging ({@link #responseBody()}), never put in the message.
     *
     * @param what   the answer that was expected, e.g. {@code "the task cgt-1"}
     * @param reason what was wrong with it, e.g. {@code "no task id at id"}
     */
    public static SeedanceApiException malformedAnswer(String provider, int httpStatus, String what, String reason,
            String body) {
        SeedanceApiException e = new SeedanceApiException(provider, httpStatus, "malformed_answer", null, null,
                "expected " + what + ", but the answer has " + reason, null, null);
        e.responseBody = body == null || body.length() <= MAX_KEPT_BODY
                ? body
                : body.substring(0, MAX_KEPT_BODY) + "... (" + body.length() + " characters)";
        return e;
    }

    /** How much of a malformed answer is kept for debugging. */
    public static final int MAX_KEPT_BODY = 2000;

    /**
     * The body of a malformed answer, at most {@value #MAX_KEPT_BODY} characters of it, with the API key (should the
     * server have echoed it) replaced; {@code null} for other errors.
     */
    public String responseBody() {
        return responseBody;
    }

    private static boolean isTransientStatus(int status) {
        return status == 408 || status == 429 || status >= 500;
    }

    private static boolean isPermanentCode(String code) {
        return code != null && !ErrorCodes.isTransient(code) && code.toLowerCase().contains("exceeded");
    }

    private static String describe(String provider, int status, String code, String param, String message,
            String requestId) {
        StringBuilder s = new StringBuilder("Seedance ").append(provider).append(" API error: HTTP ").append(status);
        if (code != null) {
            s.append(' ').append(code);
        }
        if (param != null) {
            s.append(" (param ").append(param).append(')');
        }
        if (message != null && !message.isBlank()) {
            s.append(": ").append(message);
        }
        if (requestId != null && (message == null || !message.contains(requestId))) {
            s.append(" [request id ").append(requestId).append(']');
        }
        return s.toString();
    }

    public String provider() {
        return provider;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String code() {
        return code;
    }

    public String type() {
        return type;
    }

    public String param() {
        return param;
    }

    public String requestId() {
        return requestId;
    }

    /** Whether the same call may succeed later (rate limits, overload, server errors). */
    public boolean isRetryable() {
        return retryable;
    }

    /** Whether content moderation rejected the input: never retried. */
    public boolean isContentPolicy() {
        return contentPolicy;
    }

    /** How long the provider asked us to wait before retrying, if it said. */
    public Duration retryAfter() {
        return retryAfter;
    }

    @Override
    public int getHttpResponseCode() {
        return httpStatus;
    }

    @Override
    public void setHttpResponseCode(int code) {
        this.httpStatus = code;
    }

    @Override
    public String getHttpResponseStatus() {
        return httpStatusText;
    }

    @Override
    public void setHttpResponseStatus(String status) {
        this.httpStatusText = status;
    }
}
