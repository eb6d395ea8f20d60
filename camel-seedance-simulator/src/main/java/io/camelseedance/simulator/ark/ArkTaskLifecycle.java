package io.camelseedance.simulator.ark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelseedance.simulator.CallbackPolicy;
import io.camelseedance.simulator.CallbackSender;
import io.camelseedance.simulator.FileDelivery;
import io.camelseedance.simulator.Json;
import io.camelseedance.simulator.PromptDirectives;
import io.camelseedance.simulator.task.TaskIds;
import io.camelseedance.simulator.task.TaskLifecycle;
import io.camelseedance.simulator.task.TaskPhase;
import io.camelseedance.simulator.task.TaskPlan;
import io.camelseedance.simulator.task.TaskStore;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Creates Ark tasks and follows them on the shared {@link TaskLifecycle}, announcing every status change to the
 * task's callback URL.
 */
final class ArkTaskLifecycle implements TaskLifecycle.Listener<ArkTask> {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);
    /** Ark gives a receiver 5 s to confirm, and repeats a final status 3 times, 1 s apart. */
    private static final Duration CALLBACK_TIMEOUT = Duration.ofSeconds(5);
    private static final CallbackPolicy FINAL_CALLBACK = new CallbackPolicy(CALLBACK_TIMEOUT,
            Collections.nCopies(3, Duration.ofSeconds(1)));
    private static final CallbackPolicy PROGRESS_CALLBACK = CallbackPolicy.once(CALLBACK_TIMEOUT);

    private final TaskStore<ArkTask> store;
    private final TaskIds ids = new TaskIds(now -> "cgt-" + STAMP.format(now) + "-", TaskIds.LOWER_ALPHANUMERIC, 5);
    private final ArkTaskJson json;
    private final CallbackSender callbacks;
    private final TaskLifecycle lifecycle;

    ArkTaskLifecycle(TaskStore<ArkTask> store, ArkTaskJson json, CallbackSender callbacks, TaskLifecycle lifecycle) {
        this.store = store;
        this.json = json;
        this.callbacks = callbacks;
        this.lifecycle = lifecycle;
    }

    ArkTask submit(CreateTaskRequest request, PromptDirectives directives, String requestId) {
        Instant now = Instant.now();
        TaskPlan plan = lifecycle.plan(directives, Duration.ofSeconds(request.executionExpiresAfterOrDefault()));
        VideoSpec video = VideoSpec.of(request, () -> ThreadLocalRandom.current().nextLong(1L << 31));
        ArkTask task = new ArkTask(ids.next(now), store.nextSequence(), request, video, plan,
                FileDelivery.of(directives), now, requestId);
        return lifecycle.start(task, store, this);
    }

    @Override
    public void changed(ArkTask task) {
        String url = task.request().callbackUrl();
        if (url == null) {
            return;
        }
        ObjectNode document = json.render(task);
        TaskPhase phase = task.state().phase();
        callbacks.send(url, task.id(), ArkStatus.word(phase), Json.text(document),
                ArkStatus.callbackRetried(phase) ? FINAL_CALLBACK : PROGRESS_CALLBACK);
    }
}
