package io.camelseedance.simulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * POSTs task callbacks the way the providers describe it: a receiver that does not confirm a final status with
 * a 2xx answer within the timeout gets it again, a few times, a fixed interval apart. Nothing blocks: requests
 * are asynchronous and retries are scheduled.
 *
 * <p>Callbacks of one task are sent one after another in the order the statuses occurred, so a receiver never
 * sees {@code running} after {@code succeeded} unless it is slower than the timeout.
 */
public final class CallbackSender {

    /** How long a receiver has to confirm; also the provider's documented confirmation window. */
    public static final Duration TIMEOUT = Duration.ofSeconds(5);

    /** One delivery plus the retries the provider promises for final statuses. */
    public static final int MAX_ATTEMPTS = 4;

    private final HttpClient client;
    private final ScheduledExecutorService scheduler;
    private final Duration retryInterval;
    private final Consumer<CallbackDelivery> log;
    private final Map<String, CompletableFuture<Void>> lastDeliveryByTask = new ConcurrentHashMap<>();

    public CallbackSender(HttpClient client, ScheduledExecutorService scheduler, Duration retryInterval,
                          Consumer<CallbackDelivery> log) {
        this.client = client;
        this.scheduler = scheduler;
        this.retryInterval = retryInterval;
        this.log = log;
    }

    /**
     * Queues a callback behind earlier ones of the same task.
     *
     * @param retried whether an unconfirmed delivery is attempted again (the providers do so for final statuses)
     */
    public void send(String url, String taskId, String status, String body, boolean retried) {
        Callback callback = new Callback(url, taskId, status, body, retried);
        CompletableFuture<Void> delivery = lastDeliveryByTask.compute(taskId, (id, previous) ->
                (previous == null ? CompletableFuture.<Void>completedFuture(null) : previous.exceptionally(e -> null))
                        .thenCompose(done -> attempt(callback, 1)));
        delivery.whenComplete((done, error) -> lastDeliveryByTask.remove(taskId, delivery));
    }

    private record Callback(String url, String taskId, String status, String body, boolean retried) {
    }

    private CompletableFuture<Void> attempt(Callback callback, int attempt) {
        return post(callback).thenCompose(responseCode -> {
            CallbackDelivery delivery = new CallbackDelivery(
                    callback.url(), callback.taskId(), callback.status(), attempt, responseCode, callback.body());
            log.accept(delivery);
            if (delivery.acknowledged() || !callback.retried() || attempt >= MAX_ATTEMPTS) {
                return CompletableFuture.completedFuture(null);
            }
            return after(retryInterval).thenCompose(ready -> attempt(callback, attempt + 1));
        });
    }

    /** The receiver's status code, or -1 when it did not answer in time or could not be reached. */
    private CompletableFuture<Integer> post(Callback callback) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(callback.url()))
                    .timeout(TIMEOUT)
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
