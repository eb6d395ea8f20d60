package io.camelseedance.component;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.camelseedance.api.VideoTask;
import io.camelseedance.client.SeedanceClient;
import io.camelseedance.provider.ProviderDialect;

/**
 * Answers one callback request: 401 unless the path ends in the token, 413 when the body is too large, 400 when it is
 * not a task, 503 when it cannot be recorded, else 200 as soon as it is recorded. It does nothing slow, so the answer
 * beats the provider's deadline whatever the route does.
 * <p>
 * The response carries nothing of the request, and nothing here logs the path (it holds the token) or the body.
 */
final class CallbackRequestHandler {

    /** The path parameter that holds the token: {@code POST {callbackPath}/{token}}. */
    static final String TOKEN_PARAMETER = "token";

    private static final Logger LOG = LoggerFactory.getLogger(CallbackRequestHandler.class);
    private static final Map<Integer, String> REASONS = Map.of(400, "Bad Request", 401, "Unauthorized",
            413, "Payload Too Large", 503, "Service Unavailable");

    private final CallbackAddress address;
    private final CallbackBodies bodies;
    private final ProviderDialect dialect;
    private final Predicate<VideoTask> recorder;

    /**
     * @param bodies   reads bodies within the per-request and total bounds
     * @param recorder records an event for processing; {@code false} when it cannot
     */
    CallbackRequestHandler(CallbackAddress address, CallbackBodies bodies, ProviderDialect dialect,
            Predicate<VideoTask> recorder) {
        this.address = address;
        this.bodies = bodies;
        this.dialect = dialect;
        this.recorder = recorder;
    }

    /** {@code POST {callbackPath}/{token}}. */
    void onTokenPath(Exchange http) {
        answer(http, status(http.getMessage()));
    }

    /**
     * {@code POST {callbackPath}}: a token sent anywhere but in the path (a query parameter, a header) is refused the
     * same way as a wrong one.
     */
    void onBarePath(Exchange http) {
        LOG.debug("Refused a Seedance callback without a token in its path");
        answer(http, 401);
    }

    private int status(Message request) {
        // the token first: the body of a request with a wrong one is never read
        if (!address.accepts(tokenFromPath(request))) {
            LOG.debug("Refused a Seedance callback with a wrong token");
            return 401;
        }
        CallbackBodies.Body body = bodies.read(request);
        try {
            return status(body);
        } finally {
            bodies.release(body);
        }
    }

    private int status(CallbackBodies.Body body) {
        if (body instanceof CallbackBodies.TooLarge) {
            LOG.debug("Refused a Seedance callback larger than the limit");
            return 413;
        }
        if (body instanceof CallbackBodies.Busy) {
            LOG.warn("Seedance callbacks are holding their memory budget: answered 503 for the provider to retry");
            return 503;
        }
        if (body instanceof CallbackBodies.Unreadable unreadable) {
            LOG.debug("Refused a Seedance callback whose body could not be read: {}", unreadable.why());
            return 400;
        }
        VideoTask event;
        try {
            event = dialect.parseCallback(new String(((CallbackBodies.Read) body).bytes(), StandardCharsets.UTF_8));
        } catch (RuntimeException malformed) {
            LOG.debug("Refused a Seedance callback that is not a task: {}", malformed.getMessage());
            return 400;
        }
        if (!SeedanceClient.isTaskId(event.id())) {
            LOG.debug("Refused a Seedance callback without a task id");
            return 400;
        }
        if (!recorder.test(event)) {
            LOG.warn("Could not record the callback of Seedance task {}: answered 503 for the provider to retry",
                    event.id());
            return 503;
        }
        return 200;
    }

    /**
     * The token as the path parameter. The HTTP server also turns query parameters and headers into message headers,
     * and one of the same name turns the value into a list: refused, since only the path counts.
     */
    private static String tokenFromPath(Message request) {
        return request.getHeader(TOKEN_PARAMETER) instanceof String token ? token : null;
    }

    private static void answer(Exchange http, int status) {
        Message response = http.getMessage();
        // the request's headers would otherwise go back in the response, the token among them
        response.getHeaders().clear();
        response.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        if (status == 200) {
            // the provider reads the status only: an accepted callback is answered with headers alone, which spares
            // both sides a body frame and two headers on every callback (the profile of the callback benchmark)
            response.setBody(null);
            return;
        }
        response.setHeader(Exchange.CONTENT_TYPE, "text/plain; charset=utf-8");
        if (status == 503) {
            response.setHeader("Retry-After", "1");
        }
        response.setBody(REASONS.get(status));
    }
}
