package io.camelseedance.simulator.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelseedance.simulator.CallbackPolicy;
import io.camelseedance.simulator.CallbackSender;
import io.camelseedance.simulator.FileDownloads;
import io.camelseedance.simulator.Json;
import io.camelseedance.simulator.PromptDirectives;
import io.camelseedance.simulator.task.TaskIds;
import io.camelseedance.simulator.task.TaskLifecycle;
import io.camelseedance.simulator.task.TaskPhase;
import io.camelseedance.simulator.task.TaskStore;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * Creates one gateway provider's tasks and follows them on the shared {@link TaskLifecycle}: files are published
 * as a task completes, and a task with a callback URL has its final status POSTed there, in the provider's task
 * JSON and under its delivery policy. Gateways call back on final statuses only.
 */
public final class GatewayTasks implements TaskLifecycle.Listener<GatewayTask> {

    private final TaskStore<GatewayTask> store = new TaskStore<>();
    private final TaskIds ids;
    private final TaskLifecycle lifecycle;
    private final FileDownloads files;
    private final CallbackSender callbacks;
    private final CallbackPolicy callbackPolicy;
    private final Function<GatewayTask, JsonNode> render;

    /**
     * @param render         the provider's task JSON, as its retrieve call and its callbacks carry it
     * @param callbackPolicy how the provider delivers callbacks; {@code null} when it has none
     */
    public GatewayTasks(TaskIds ids, TaskLifecycle lifecycle, FileDownloads files, CallbackSender callbacks,
                        CallbackPolicy callbackPolicy, Function<GatewayTask, JsonNode> render) {
        this.ids = ids;
        this.lifecycle = lifecycle;
        this.files = files;
        this.callbacks = callbacks;
        this.callbackPolicy = callbackPolicy;
        this.render = render;
    }

    public GatewayTask submit(GatewayRequest request, PromptDirectives directives, String requestId) {
        Instant now = Instant.now();
        GatewayTask task = new GatewayTask(ids.next(now), store.nextSequence(), request,
                lifecycle.plan(directives), now, requestId);
        return lifecycle.start(task, store, this);
    }

    public Optional<GatewayTask> find(String id) {
        return store.find(id);
    }

    /** The task as the provider's retrieve call would return it now, if it exists. */
    public Optional<JsonNode> render(String id) {
        return store.find(id).map(task -> Json.asParsed(render.apply(task)));
    }

    @Override
    public void entering(GatewayTask task, TaskPhase phase) {
        if (phase == TaskPhase.SUCCEEDED) {
            // published before the status flips, so a client that sees "completed" can download at once
            files.publish(task.id(), task.request().returnLastFrame());
        }
    }

    @Override
    public void changed(GatewayTask task) {
        String url = task.request().callbackUrl();
        TaskPhase phase = task.state().phase();
        if (url != null && callbackPolicy != null && phase.isFinal()) {
            callbacks.send(url, task.id(), GatewayStatus.word(phase), Json.text(render.apply(task)),
                    callbackPolicy);
        }
    }
}
