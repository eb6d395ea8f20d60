package io.camelseedance.component;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.camelseedance.api.SeedanceApiException;
import io.camelseedance.api.VideoTask;
import io.camelseedance.client.SeedanceClient;
import io.camelseedance.provider.ProviderFeatures.Feature;

/**
 * Reads the tasks that callbacks name back from the provider, many in one call where the provider has a batch read.
 * <p>
 * Why batched: one GET per callback doubles the HTTP work of every callback, and at a few hundred callbacks a second
 * those GETs queue behind each other (and behind the connection pool), which is where the callback path's tail went.
 * The batching adds no wait of its own: a task asked for while no read of its client is under way is read at once;
 * tasks asked for while one is under way go together into the next read, sent as soon as it returns. So one callback
 * alone costs one call, and a burst costs one call per {@value #MAX_BATCH} callbacks.
 * <p>
 * A task the answer leaves out is one the provider does not know: its read fails with a 404
 * {@link SeedanceApiException}, as a GET of it would. Providers without a batch read get one GET per task.
 */
final class CallbackConfirmations {

    /** Task ids per batch read; Ark's list takes at most 100. */
    static final int MAX_BATCH = 100;
    /**
     * Batch reads under way per client. One: with two, at a few hundred callbacks a second nearly every callback found
     * a free call and was read alone (about 2 per read), and the extra calls took the 2 cores from the HTTP server that
     * answers the callbacks; with one, a read carries every callback that arrived during the previous round trip.
     */
    static final int MAX_CALLS_IN_FLIGHT = 1;

    /** The reads waiting for a call, and the calls under way, of one client. */
    private static final class Queue {
        final Map<String, List<CompletableFuture<VideoTask>>> waiting = new LinkedHashMap<>();
        int callsInFlight;
    }

    private final Map<SeedanceClient, Queue> queues = new LinkedHashMap<>();

    /** The task as the provider has it now, read with {@code client}. */
    CompletableFuture<VideoTask> read(SeedanceClient client, String taskId) {
        if (!client.features().has(Feature.BATCH_GET)) {
            return client.get(taskId);
        }
        CompletableFuture<VideoTask> read = new CompletableFuture<>();
        Map<String, List<CompletableFuture<VideoTask>>> batch;
        synchronized (this) {
            Queue queue = queues.computeIfAbsent(client, c -> new Queue());
            queue.waiting.computeIfAbsent(taskId, id -> new ArrayList<>(1)).add(read);
            batch = nextBatch(queue);
        }
        send(client, batch);
        return read;
    }

    /**
     * Takes the next batch out of a queue if a call may start now; {@code null} if not. A task asked for again while
     * its read is under way waits for the next read, so that it sees the provider's state after it was asked for.
     * Called holding the lock.
     */
    private Map<String, List<CompletableFuture<VideoTask>>> nextBatch(Queue queue) {
        if (queue.waiting.isEmpty() || queue.callsInFlight >= MAX_CALLS_IN_FLIGHT) {
            return null;
        }
        Map<String, List<CompletableFuture<VideoTask>>> batch = new LinkedHashMap<>();
        Iterator<Map.Entry<String, List<CompletableFuture<VideoTask>>>> waiting = queue.waiting.entrySet().iterator();
        while (waiting.hasNext() && batch.size() < MAX_BATCH) {
            Map.Entry<String, List<CompletableFuture<VideoTask>>> next = waiting.next();
            batch.put(next.getKey(), next.getValue());
            waiting.remove();
        }
        queue.callsInFlight++;
        return batch;
    }

    private void send(SeedanceClient client, Map<String, List<CompletableFuture<VideoTask>>> batch) {
        if (batch == null) {
            return;
        }
        CompletableFuture<List<VideoTask>> call;
        try {
            call = client.getMany(List.copyOf(batch.keySet()));
        } catch (RuntimeException e) {
            call = CompletableFuture.failedFuture(e);
        }
        call.whenComplete((tasks, error) -> answered(client, batch, tasks, error));
    }

    private void answered(SeedanceClient client, Map<String, List<CompletableFuture<VideoTask>>> batch,
            List<VideoTask> tasks, Throwable error) {
        Map<String, List<CompletableFuture<VideoTask>>> next;
        synchronized (this) {
            Queue queue = queues.get(client);
            queue.callsInFlight--;
            next = nextBatch(queue);
            if (queue.waiting.isEmpty() && queue.callsInFlight == 0) {
                queues.remove(client);
            }
        }
        send(client, next);
        Map<String, VideoTask> byId = tasks == null
                ? Map.of()
                : tasks.stream().collect(Collectors.toMap(VideoTask::id, Function.identity(), (a, b) -> b));
        batch.forEach((id, futures) -> {
            for (CompletableFuture<VideoTask> future : futures) {
                if (error != null) {
                    future.completeExceptionally(error);
                } else if (byId.containsKey(id)) {
                    future.complete(byId.get(id));
                } else {
                    future.completeExceptionally(unknown(client, id));
                }
            }
        });
    }

    private static SeedanceApiException unknown(SeedanceClient client, String taskId) {
        return new SeedanceApiException(client.provider(), 404, "NotFound", null, null,
                "the provider's batch read did not return task " + taskId, null, null);
    }
}
