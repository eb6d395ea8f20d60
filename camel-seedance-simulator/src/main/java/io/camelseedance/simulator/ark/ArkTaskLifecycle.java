package io.camelseedance.simulator.ark;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.camelseedance.simulator.CallbackPolicy;
import io.camelseedance.simulator.CallbackSender;
import io.camelseedance.simulator.Json;
import io.camelseedance.simulator.PromptDirectives;
import io.camelseedance.simulator.TaskCreation;

/**
 * Creates tasks and walks each through its {@link TaskPlan} on the shared scheduler: at most one pending timer
 * per task and no thread per task, so ten thousand tasks cost ten thousand small timers. Every status change is
 * announced to the task's callback URL and to its listener.
 */
final class ArkTaskLifecycle {

    private final ArkTaskStore store;
    private final TaskIds ids = new TaskIds();
    private final ArkTaskJson json;
    private final ArkFileDownloads files;
    private final CallbackSender callbacks;
    private final ScheduledExecutorService scheduler;
    private final Duration queuedFor;
    private final Duration runningFor;
    private final Consumer<TaskCreation> created;

    /**
     * @param created told of every task created, in creation order
     */
    ArkTaskLifecycle(ArkTaskStore store, ArkTaskJson json, ArkFileDownloads files, CallbackSender callbacks,
            ScheduledExecutorService scheduler, Duration queuedFor, Duration runningFor,
            Consumer<TaskCreation> created) {
        this.store = store;
        this.json = json;
        this.files = files;
        this.callbacks = callbacks;
        this.scheduler = scheduler;
        this.queuedFor = queuedFor;
        this.runningFor = runningFor;
        this.created = created;
    }

    /**
     * @param draft    the succeeded draft the task renders, if it renders one
     * @param listener hears of every status change of the task, {@code queued} included; {@code null} for none
     */
    ArkTask submit(CreateTaskRequest request, Optional<ArkTask> draft, PromptDirectives directives,
            String requestId, Consumer<ObjectNode> listener) {
        Instant now = Instant.now();
        TaskPlan plan = TaskPlan.of(directives, queuedFor, runningFor,
                Duration.ofSeconds(request.executionExpiresAfterOrDefault()));
        VideoSpec video = draft.map(d -> VideoSpec.fromDraft(request, d.video()))
                .orElseGet(() -> VideoSpec.of(request, () -> ThreadLocalRandom.current().nextLong(1L << 31)));
        ArkTask task = new ArkTask(ids.next(now), store.nextSequence(), request, video, plan,
                FileDelivery.of(directives), now, requestId, listener == null ? document -> {
                } : listener);
        store.add(task);
        created.accept(new TaskCreation(task.id(), requestId, directives.afterCreate()));
        announce(task);
        scheduleStep(task, 0);
        return task;
    }

    private void scheduleStep(ArkTask task, int index) {
        if (index < task.plan().steps().size()) {
            TaskPlan.Step step = task.plan().steps().get(index);
            scheduler.schedule(() -> enterStep(task, index), step.after().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void enterStep(ArkTask task, int index) {
        TaskStatus next = task.plan().steps().get(index).status();
        if (next == TaskStatus.SUCCEEDED) {
            // published before the status flips, so a client that sees "succeeded" can download at once
            files.publish(task);
        }
        if (store.move(task, next, Instant.now())) {
            announce(task);
            scheduleStep(task, index + 1);
        }
    }

    private void announce(ArkTask task) {
        ObjectNode document = json.render(task);
        task.listener().accept(document.deepCopy());
        String url = task.request().callbackUrl();
        if (url != null) {
            String status = document.get("status").asText();
            boolean retried = TaskStatus.fromWire(status).map(TaskStatus::callbackRetried).orElse(false);
            callbacks.send(url, task.id(), status, Json.text(document),
                    retried ? CallbackPolicy.ARK_FINAL : CallbackPolicy.ARK_PROGRESS);
        }
    }
}
