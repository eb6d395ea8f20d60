package io.camelseedance.simulator;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import io.camelseedance.simulator.ark.ArkFileDownloads;

/**
 * The single entry point of the HTTP server: records every request, applies the run's {@link Faults} and the
 * failures a test scheduled, routes to the simulated API that owns the path, loses the answer of a create that made
 * its task when a fault says so, and sends the answer, later if the API asked for a delay.
 */
final class SimulatorHttpHandler implements HttpHandler {

    /**
     * What the handler works with, gathered where the simulator starts.
     *
     * @param apis              the API of each path prefix
     * @param received          records every request, as it arrives
     * @param handled           records the requests that reached an API (no fault or scheduled failure took them)
     * @param lostAfterCreate   records the creates that made their task and whose answer was then lost
     * @param faults            the run's faults, drawn at random
     * @param scheduledFailures the failures scheduled with {@code failNext}, met before the API
     * @param lossesAfterCreate the answer losses scheduled with {@code failNextAfterCreate} and
     *                          {@code resetNextAfterCreate}, met by creates that made their task
     * @param creations         the tasks created by requests still being answered
     * @param scheduler         keeps time for delayed answers
     * @param responders        the server's threads; delayed answers go back to them so the scheduler only keeps
     *                          time
     */
    record Settings(ApiRoutes apis, Recorder<RecordedRequest> received, Recorder<RecordedRequest> handled,
            Recorder<RecordedRequest> lostAfterCreate, Faults faults, ScheduledFailures<Integer> scheduledFailures,
            ScheduledFailures<AnswerLoss> lossesAfterCreate, CreationsInFlight creations,
            ScheduledExecutorService scheduler, Executor responders) {
    }

    private static final System.Logger LOG = System.getLogger(SimulatorHttpHandler.class.getName());

    private final Settings settings;

    SimulatorHttpHandler(Settings settings) {
        this.settings = settings;
    }

    @Override
    public void handle(HttpExchange exchange) {
        String requestId = RequestIds.next();
        Reply reply;
        try {
            RecordedRequest request = read(exchange);
            settings.received().record(request);
            reply = answer(request, requestId, drawFault(request));
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "The simulator failed to handle request " + requestId, e);
            reply = settings.apis().fallback().errorReply(500, requestId);
        }
        dispatch(exchange, reply, requestId);
    }

    private void dispatch(HttpExchange exchange, Reply reply, String requestId) {
        if (reply.later() != null) {
            reply.later().whenComplete((answer, error) -> {
                Reply known = answer != null ? answer : settings.apis().fallback().errorReply(500, requestId);
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
            settings.responders().execute(respond);
        } catch (RejectedExecutionException closing) {
            exchange.close();
        }
    }

    /** This request's fault of the run's {@link Faults}; video downloads (no JSON) are left alone. */
    private Faults.RequestFault drawFault(RecordedRequest request) {
        Faults faults = settings.faults();
        if (!faults.any() || request.path().startsWith(ArkFileDownloads.PREFIX)) {
            return Faults.RequestFault.NONE;
        }
        return faults.nextRequest();
    }

    private Reply answer(RecordedRequest request, String requestId, Faults.RequestFault fault) {
        SimulatedApi api = settings.apis().owner(request.path());
        Optional<Integer> failure = settings.scheduledFailures().take(request.method(), request.path());
        if (failure.isPresent()) {
            return api.errorReply(failure.get(), requestId);
        }
        switch (fault) {
            case THROTTLE:
                return api.errorReply(429, requestId);
            case ERROR_500:
                return api.errorReply(500, requestId);
            case ERROR_502:
                return api.errorReply(502, requestId);
            case ERROR_503:
                return api.errorReply(503, requestId);
            case RESET:
                return Reply.connectionCut();
            default:
                break;
        }
        settings.handled().record(request);
        Reply reply = api.handle(request, requestId);
        Optional<AnswerLoss> loss = settings.creations().take(requestId)
                .flatMap(creation -> answerLoss(creation, request, fault));
        if (loss.isPresent()) {
            settings.lostAfterCreate().record(request);
            return lose(reply, loss.get(), api, requestId);
        }
        if (fault == Faults.RequestFault.SLOW) {
            return reply.later() != null ? reply : reply.delayedBy(reply.delay().plus(settings.faults().slowBy()));
        }
        if (fault == Faults.RequestFault.MALFORMED_JSON && reply.later() == null) {
            byte[] cut = "{\"id\":\"cgt-".getBytes(StandardCharsets.UTF_8);
            return new Reply(200, "application/json", ReplyBody.of(cut), java.util.Map.of(), reply.delay(), null);
        }
        return reply;
    }

    /** The prompt's wish first, then one a test scheduled, then the run's random draw. */
    private Optional<AnswerLoss> answerLoss(TaskCreation creation, RecordedRequest request, Faults.RequestFault fault) {
        return creation.answerLoss()
                .or(() -> settings.lossesAfterCreate().take(request.method(), request.path()))
                .or(() -> drawnLoss(fault));
    }

    private static Optional<AnswerLoss> drawnLoss(Faults.RequestFault fault) {
        return switch (fault) {
            case ERROR_500_AFTER_CREATE -> Optional.of(AnswerLoss.status(500));
            case ERROR_502_AFTER_CREATE -> Optional.of(AnswerLoss.status(502));
            case ERROR_503_AFTER_CREATE -> Optional.of(AnswerLoss.status(503));
            case RESET_AFTER_CREATE -> Optional.of(AnswerLoss.connectionCut());
            default -> Optional.empty();
        };
    }

    /** The answer the client gets instead, when the API's own answer would have come. */
    private static Reply lose(Reply reply, AnswerLoss loss, SimulatedApi api, String requestId) {
        Reply instead = loss.cutsConnection()
                ? Reply.connectionCut()
                : api.errorReply(loss.httpStatus().getAsInt(), requestId);
        if (reply.later() != null) {
            return Reply.deferred(reply.later().thenApply(answer -> instead.delayedBy(answer.delay())));
        }
        return instead.delayedBy(reply.delay());
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
            settings.scheduler().schedule(() -> settings.responders().execute(() -> send(exchange, reply, requestId)),
                    reply.delay().toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closing) {
            exchange.close();
        }
    }

    private static void send(HttpExchange exchange, Reply reply, String requestId) {
        if (reply.cutsConnection()) {
            exchange.close(); // no status line, no body: the client sees its connection end
            return;
        }
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
