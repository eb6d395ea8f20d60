package io.camelseedance.simulator;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * The single entry point of the HTTP server: records every request, applies injected faults, routes to the
 * simulated API that owns the path, and sends the answer, later if the API asked for a delay.
 */
final class SimulatorHttpHandler implements HttpHandler {

    private static final System.Logger LOG = System.getLogger(SimulatorHttpHandler.class.getName());

    private final List<SimulatedApi> apis;
    private final SimulatedApi fallback;
    private final Recorder<RecordedRequest> journal;
    private final InjectedFaults faults;
    private final ScheduledExecutorService scheduler;
    private final Executor responders;
    private final Faults randomFaults;
    private final Recorder<RecordedRequest> handled;

    /**
     * @param fallback   answers paths no API owns, so that a client with a wrong base URL gets an error in a
     *                   provider's format instead of a bare 404
     * @param responders the server's threads; delayed answers go back to them so the scheduler only keeps time
     */
    SimulatorHttpHandler(List<SimulatedApi> apis, SimulatedApi fallback, Recorder<RecordedRequest> journal,
            InjectedFaults faults, ScheduledExecutorService scheduler, Executor responders,
            Faults randomFaults, Recorder<RecordedRequest> handled) {
        this.randomFaults = randomFaults;
        this.handled = handled;
        this.apis = List.copyOf(apis);
        this.fallback = fallback;
        this.journal = journal;
        this.faults = faults;
        this.scheduler = scheduler;
        this.responders = responders;
    }

    @Override
    public void handle(HttpExchange exchange) {
        String requestId = RequestIds.next();
        Reply reply;
        try {
            RecordedRequest request = read(exchange);
            journal.record(request);
            Faults.RequestFault fault = randomFault(request);
            if (fault == Faults.RequestFault.RESET) {
                exchange.close(); // no status line, no body: the client sees its connection end
                return;
            }
            reply = answer(request, requestId, fault);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "The simulator failed to handle request " + requestId, e);
            reply = fallback.errorReply(500, requestId);
        }
        dispatch(exchange, reply, requestId);
    }

    private void dispatch(HttpExchange exchange, Reply reply, String requestId) {
        if (reply.later() != null) {
            reply.later().whenComplete((answer, error) -> {
                Reply known = answer != null ? answer : fallback.errorReply(500, requestId);
                respondOnServerThread(exchange, () -> dispatch(exchange, known, requestId));
            });
        } else if (reply.delay().isZero()) {
            send(exchange, reply, requestId);
        } else {
            sendLater(exchange, reply, requestId);
        }
    }

    /** Whoever completed a deferred answer (a scheduler timer) must not do the sending itself. */
    private void respondOnServerThread(HttpExchange exchange, Runnable respond) {
        try {
            responders.execute(respond);
        } catch (RejectedExecutionException closing) {
            exchange.close();
        }
    }

    /** A random fault for API calls; video downloads (no JSON) are left alone. */
    private Faults.RequestFault randomFault(RecordedRequest request) {
        if (!randomFaults.any() || request.path().startsWith("/files/")) {
            return Faults.RequestFault.NONE;
        }
        return randomFaults.nextRequest();
    }

    private Reply answer(RecordedRequest request, String requestId, Faults.RequestFault random) {
        SimulatedApi api = apis.stream()
                .filter(candidate -> request.path().startsWith(candidate.pathPrefix()))
                .findFirst()
                .orElse(fallback);
        OptionalInt fault = faults.take(request.method(), request.path());
        if (fault.isPresent()) {
            return api.errorReply(fault.getAsInt(), requestId);
        }
        switch (random) {
            case THROTTLE:
                return api.errorReply(429, requestId);
            case ERROR_500:
                return api.errorReply(500, requestId);
            case ERROR_502:
                return api.errorReply(502, requestId);
            case ERROR_503:
                return api.errorReply(503, requestId);
            default:
                break;
        }
        handled.record(request);
        Reply reply = api.handle(request, requestId);
        if (random == Faults.RequestFault.SLOW) {
            return reply.later() != null ? reply : reply.delayedBy(reply.delay().plus(randomFaults.slowBy()));
        }
        if (random == Faults.RequestFault.MALFORMED_JSON && reply.later() == null) {
            byte[] cut = "{\"id\":\"cgt-".getBytes(StandardCharsets.UTF_8);
            return new Reply(200, "application/json", ReplyBody.of(cut), java.util.Map.of(), reply.delay(), null);
        }
        return reply;
    }

    private static RecordedRequest read(HttpExchange exchange) throws IOException {
        Instant receivedAt = Instant.now();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        return new RecordedRequest(
                exchange.getRequestMethod(),
                exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getRawQuery(),
                exchange.getRequestHeaders(),
                body,
                receivedAt);
    }

    private void sendLater(HttpExchange exchange, Reply reply, String requestId) {
        try {
            scheduler.schedule(() -> responders.execute(() -> send(exchange, reply, requestId)),
                    reply.delay().toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closing) {
            exchange.close();
        }
    }

    private static void send(HttpExchange exchange, Reply reply, String requestId) {
        try {
            Headers headers = exchange.getResponseHeaders();
            headers.set("X-Request-Id", requestId);
            if (reply.contentType() != null) {
                headers.set("Content-Type", reply.contentType());
            }
            reply.headers().forEach(headers::set);
            ReplyBody body = reply.body();
            exchange.sendResponseHeaders(reply.status(), body.length() == 0 ? -1 : body.length());
            if (body.length() > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    body.writeTo(out);
                }
            }
        } catch (IOException clientGone) {
            // the client hung up (e.g. its timeout fired first); there is nobody left to answer
        } finally {
            exchange.close();
        }
    }
}
