package io.camelseedance.component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.CamelContext;
import org.apache.camel.Consumer;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.Suspendable;
import org.apache.camel.spi.RestConsumerFactory;
import org.apache.camel.support.DefaultConsumer;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.camelseedance.api.SeedanceApiException;
import io.camelseedance.api.VideoTask;
import io.camelseedance.client.SeedanceClient;
import io.camelseedance.provider.ProviderFeatures.Feature;

/**
 * {@code from("seedance:callback")}: receives the provider's task callbacks over HTTP and emits one exchange per task
 * that has ended, once, with the same body and headers as every other way of learning a task's outcome.
 * <p>
 * The provider waits only a few seconds for an answer (5 s on Ark, 10 s on EvoLink) before it retries or gives up,
 * so a request is only checked and recorded before it is answered; the rest happens afterwards on the component's
 * workers: the task is confirmed with the provider (unless {@code callbackConfirm=false}), handed to the tracker,
 * which completes the exchanges waiting for it, and emitted.
 * <p>
 * Confirming never holds the provider's request, and costs little under load: the confirming reads go through
 * {@link CallbackConfirmations}, which reads the tasks of many callbacks in one batch call where the provider has one.
 * A confirmation that fails (the provider is down, answers 5xx) does not lose the callback, which has already been
 * answered 200: it is kept in the inbox and confirmed again later, waiting longer each time (up to
 * {@value #MAX_RETRY_DELAY_MS} ms), until the provider answers or the consumer stops. A task the provider does not know
 * is a forgery and is dropped.
 * <p>
 * Suspended, it keeps its HTTP endpoint and answers 503, which the provider retries, rather than disappearing.
 */
public class SeedanceCallbackConsumer extends DefaultConsumer implements Suspendable {

    private static final Logger LOG = LoggerFactory.getLogger(SeedanceCallbackConsumer.class);
    /** Distinct tasks with a callback not yet processed; beyond this, callbacks are answered 503. */
    private static final int MAX_WAITING_CALLBACKS = 10_000;
    /** The wait before confirming a callback again after its confirmation failed; doubled at each failure. */
    static final long FIRST_RETRY_DELAY_MS = 1000;
    static final long MAX_RETRY_DELAY_MS = 30_000;

    private final CallbackInbox inbox = new CallbackInbox(MAX_WAITING_CALLBACKS);
    private final AtomicInteger inProgress = new AtomicInteger();
    private final CallbackConfirmations confirmations = new CallbackConfirmations();
    /** How many confirmations of a task's callback have failed in a row, for the tasks being retried. */
    private final Map<String, Integer> failedConfirmations = new ConcurrentHashMap<>();
    private final List<Consumer> httpConsumers = new ArrayList<>();
    private final SeedanceEndpoint endpoint;
    private EmitOnce emitted;
    private volatile CallbackBodies bodies;

    public SeedanceCallbackConsumer(SeedanceEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        if (!endpoint.client().features().has(Feature.CALLBACKS)) {
            throw new IllegalArgumentException("Provider " + endpoint.client().provider() + " sends no callbacks: use"
                    + " seedance:tasks or generate with waitForCompletion=true");
        }
        SeedanceConfiguration conf = endpoint.getConfiguration();
        emitted = EmitOnce.of(endpoint, getRouteId());
        emitted.start();
        CamelContext context = endpoint.getCamelContext();
        RestConsumerFactory server = RestConsumerFactoryLookup.find(context, conf.getHttpServerComponent());
        CallbackAddress address = endpoint.callbackAddress();
        bodies = new CallbackBodies(conf.getCallbackMaxBodySize(), conf.getCallbackMaxBufferedSize());
        CallbackRequestHandler handler = new CallbackRequestHandler(address, bodies, endpoint.client().dialect(),
                this::record);
        Map<String, Object> unread = serverOptions(context, server);
        httpConsumers.add(server.createConsumer(context, handler::onTokenPath, "POST", address.path(),
                "{" + CallbackRequestHandler.TOKEN_PARAMETER + "}", null, null, context.getRestConfiguration(),
                unread));
        httpConsumers.add(server.createConsumer(context, handler::onBarePath, "POST", address.path(), null, null, null,
                context.getRestConfiguration(), serverOptions(context, server)));
        ServiceHelper.startService(httpConsumers);
        // readiness: Camel's consumer check of the route asks this one
        setHealthCheck(SeedanceHealthCheck.forConsumer(endpoint, getRouteId()));
        LOG.info("Seedance callbacks accepted at POST {}/<token>", address.path());
    }

    @Override
    protected void doStop() throws Exception {
        ServiceHelper.stopAndShutdownServices(httpConsumers);
        httpConsumers.clear();
        failedConfirmations.clear();
        int dropped = inbox.clear();
        if (dropped > 0) {
            LOG.warn("Stopped with {} Seedance callback(s) acknowledged but not processed", dropped);
        }
        super.doStop();
    }

    /**
     * Asks platform-http to hand the request over unread, so that the token is checked before any of the body is
     * taken in (by default it reads the whole body into memory first, whatever its size). Other servers take no such
     * option; their bodies are still bounded once handed over.
     */
    private static Map<String, Object> serverOptions(CamelContext context, RestConsumerFactory server) {
        boolean platformHttp = context.hasComponent(RestConsumerFactoryLookup.PLATFORM_HTTP) == server;
        return platformHttp ? new HashMap<>(Map.of("useBodyHandler", false)) : new HashMap<>();
    }

    /**
     * Keeps the event for the workers, on the HTTP server's thread, without waiting for anything.
     *
     * @return whether the event is recorded, so that the provider may be told it arrived
     */
    private boolean record(VideoTask event) {
        if (!isStarted() && !isStarting()) {
            return false;
        }
        switch (inbox.record(event)) {
            case FULL:
                return false;
            case JOINED:
                return true;
            default:
                break;
        }
        return processLater(event.id(), 0);
    }

    /** Processes the task's waiting event on a worker, after {@code delayMillis}; {@code false} when stopping. */
    private boolean processLater(String taskId, long delayMillis) {
        inProgress.incrementAndGet();
        try {
            Runnable onWorker = () -> endpoint.getComponent().workers().execute(() -> process(taskId));
            if (delayMillis == 0) {
                onWorker.run();
            } else {
                endpoint.getComponent().scheduler().schedule(onWorker, delayMillis, TimeUnit.MILLISECONDS);
            }
            return true;
        } catch (RejectedExecutionException stopping) {
            inbox.take(taskId);
            inProgress.decrementAndGet();
            return false;
        }
    }

    private void process(String taskId) {
        VideoTask event = inbox.take(taskId);
        CompletableFuture<Void> processed;
        try {
            processed = event == null ? CompletableFuture.completedFuture(null) : act(event);
        } catch (RuntimeException e) {
            processed = CompletableFuture.failedFuture(e);
        }
        processed.whenComplete((done, error) -> {
            if (error != null) {
                getExceptionHandler().handleException("Error processing the callback of Seedance task " + taskId,
                        unwrap(error));
            }
            inProgress.decrementAndGet();
        });
    }

    /** Completes once the event has been dropped, or its exchange handed to the route. */
    private CompletableFuture<Void> act(VideoTask event) {
        if (!event.isTerminal()) {
            // progress only: it can neither complete nor emit anything, so it needs no confirming
            endpoint.getComponent().tracker().offer(event);
            return CompletableFuture.completedFuture(null);
        }
        return confirmed(event).handle((task, error) -> {
            if (error != null) {
                notConfirmed(event, unwrap(error));
                return null;
            }
            failedConfirmations.remove(event.id());
            if (!task.isTerminal()) {
                LOG.warn("A callback said Seedance task {} is {}, the provider says {}: ignored", event.id(),
                        event.status(), task.status());
                return null;
            }
            return task;
        }).thenCompose(task -> {
            if (task == null) {
                return CompletableFuture.completedFuture(null);
            }
            endpoint.getComponent().tracker().offer(task);
            return emit(task);
        });
    }

    private CompletableFuture<VideoTask> confirmed(VideoTask event) {
        if (!endpoint.getConfiguration().isCallbackConfirm()) {
            return CompletableFuture.completedFuture(event);
        }
        try {
            // a task this application tracks is read with the key of the account that created it
            SeedanceClient client = endpoint.getComponent().tracker().clientOf(event.id()).orElse(endpoint.client());
            return confirmations.read(client, event.id());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private void notConfirmed(VideoTask event, Throwable error) {
        if (error instanceof SeedanceApiException api && api.httpStatus() == 404) {
            failedConfirmations.remove(event.id());
            LOG.warn("A callback named Seedance task {}, which the provider does not know: ignored", event.id());
            return;
        }
        int failures = failedConfirmations.merge(event.id(), 1, Integer::sum);
        long delay = Math.min(MAX_RETRY_DELAY_MS, FIRST_RETRY_DELAY_MS << Math.min(failures - 1, 16));
        LOG.warn("Could not confirm the callback of Seedance task {} with the provider, trying again in {} ms: {}",
                event.id(), delay, error.getMessage());
        // a delivery of the same task that came meanwhile is already waiting, and is confirmed in its turn
        if (inbox.recordAgain(event) == CallbackInbox.Recorded.NEW && !processLater(event.id(), delay)) {
            failedConfirmations.remove(event.id());
            LOG.warn("Stopping: the callback of Seedance task {} is dropped unconfirmed", event.id());
        }
    }

    /** Hands the task's exchange to the route, after the download the options ask for; at most once per task. */
    private CompletableFuture<Void> emit(VideoTask task) {
        if (!emitted.claim(task.id())) {
            return CompletableFuture.completedFuture(null);
        }
        Exchange exchange;
        CompletableFuture<Void> downloaded;
        try {
            exchange = createExchange(false);
            TaskMessage.write(exchange.getMessage(), task);
            exchange.getMessage().setHeader(SeedanceConstants.REDELIVERED, emitted.redelivered(task.id()));
            downloaded = endpoint.download(exchange.getMessage(), task);
        } catch (RuntimeException e) {
            emitted.release(task.id());
            return CompletableFuture.failedFuture(e);
        }
        return downloaded.handle((done, error) -> {
            if (error != null) {
                // never sent: a later delivery of the same task may try again
                emitted.release(task.id());
                releaseExchange(exchange, false);
                LOG.warn("Could not download the video of Seedance task {}, so it is not emitted: {}", task.id(),
                        unwrap(error).getMessage());
                return null;
            }
            emitted.settleWhenDone(exchange, task.id(), () -> {
            });
            getAsyncProcessor().process(exchange, defaultConsumerCallback(exchange, true));
            return null;
        });
    }

    private static Throwable unwrap(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }

    /** How the callback bodies were read: the consumer's own accounting, for tests. */
    CallbackBodies bodies() {
        return bodies;
    }

    /** Callbacks recorded whose processing (confirming, emitting) has not finished. */
    int callbacksInProgress() {
        return inProgress.get();
    }
}
