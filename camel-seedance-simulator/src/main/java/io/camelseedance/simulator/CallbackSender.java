package io.camelseedance.simulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * POSTs task callbacks the way the providers describe it: a receiver that does not confirm with a 2xx answer
 * within the provider's timeout gets the callback again, as often and as far apart as the provider's
 * {@link CallbackPolicy} says. Nothing blocks: requests are asynchronous and retries are scheduled.
 *
 * <p>Callbacks of one task are sent one after another in the order the statuses occurred, so a receiver never
 * sees {@code running} after {@code succeeded} unless it is slower than the timeout.
 */
public final class CallbackSender {

    /** How long connecting to a receiver may take, whatever the provider's confirmation window. */
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

    private final HttpClient client;
    private final ScheduledExecutorService scheduler;
    private final Consumer<CallbackDelivery> log;
    private final Map<String, CompletableFuture<Void>> lastDeliveryByTask = new ConcurrentHashMap<>();
    private final Faults faults;

    public CallbackSender(HttpClient client, ScheduledExecutorService scheduler, Consumer<CallbackDelivery> log) {
        this(client, scheduler, log, Faults.NONE);
    }

    /** A sender that duplicates, reorders, delays or drops callbacks at the rates of {@code faults}. */
    public CallbackSender(HttpClient client, ScheduledExecutorService scheduler, Consumer<CallbackDelivery> log,
            Faults faults) {
        this.client = client;
        this.scheduler = scheduler;
        this.log = log;
        this.faults = faults;
    }

    /**
     * Queues a callback behind earlier ones of the same task.
     *
     * @param policy how long the receiver has to confirm, and whether and when an unconfirmed delivery is
     *               attempted again
     */
    public void send(String url, String taskId, String status, String body, CallbackPolicy policy) {
        Callback callback = new Callback(url, taskId, status, body, policy);
        switch (faults.any() ? faults.nextCallback() : Faults.CallbackFault.NONE) {
            case NEVER:
                return;
            case LATE:
                // out of the task's order: delivered on its own, after the ones that follow it
                after(faults.lateBy()).thenCompose(ready -> attempt(callback, 1));
                return;
            case REORDER:
                after(Duration.ofMillis(200)).thenCompose(ready -> attempt(callback, 1));
                return;
            case DUPLICATE:
                inOrder(callback);
                inOrder(callback);
                return;
            default:
                inOrder(callback);
        }
    }

    private void inOrder(Callback callback) {
        String taskId = callback.taskId();
        CompletableFuture<Void> delivery = lastDeliveryByTask.compute(taskId,
                (id, previous) -> (previous == null
                        ? CompletableFuture.<Void>completedFuture(null)
                        : previous.exceptionally(e -> null))
                        .thenCompose(done -> attempt(callback, 1)));
        delivery.whenComplete((done, error) -> lastDeliveryByTask.remove(taskId, delivery));
    }

    private record Callback(String url, String taskId, String status, String body, CallbackPolicy policy) {
    }

    private CompletableFuture<Void> attempt(Callback callback, int attempt) {
        Instant sentAt = Instant.now();
        return post(callback).thenCompose(responseCode -> {
            CallbackDelivery delivery = new CallbackDelivery(callback.url(), callback.taskId(), callback.status(),
                    attempt, responseCode, callback.body(), sentAt);
            log.accept(delivery);
            if (delivery.acknowledged() || attempt >= callback.policy().maxAttempts()) {
                return CompletableFuture.completedFuture(null);
            }
            Duration wait = callback.policy().retryDelays().get(attempt - 1);
            return after(wait).thenCompose(ready -> attempt(callback, attempt + 1));
        });
    }

    /** The receiver's status code, or -1 when it did not answer in time or could not be reached. */
    private CompletableFuture<Integer> post(Callback callback) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(callback.url()))
                    .timeout(callback.policy().timeout())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(callback.body()))
                    .build();
            return client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                    .handle((response, error) -> response == null ? -1 : response.statusCode());
        } catch (RuntimeException unreachable) {
            return CompletableFuture.completedFuture(-1);
        }
    }

    private CompletableFuture<Void> after(Duration wait) {
        CompletableFuture<Void> elapsed = new CompletableFuture<>();
        try {
            scheduler.schedule(() -> elapsed.complete(null), wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RuntimeException shutDown) {
            elapsed.completeExceptionally(shutDown);
        }
        return elapsed;
    }
}
