package io.camelseedance.simulator.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelseedance.simulator.CallbackPolicy;
import io.camelseedance.simulator.CallbackSender;
import io.camelseedance.simulator.FileDelivery;
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
 * Creates one gateway provider's tasks and follows them on the shared {@link TaskLifecycle}. A task with a callback
 * URL has its final status POSTed there, in the provider's task JSON and under its delivery policy: gateways call
 * back on final statuses only.
 */
public final class GatewayTasks implements TaskLifecycle.Listener<GatewayTask> {

    private final TaskStore<GatewayTask> store = new TaskStore<>();
    private final TaskIds ids;
    private final TaskLifecycle lifecycle;
    private final CallbackSender callbacks;
    private final CallbackPolicy callbackPolicy;
    private final Function<GatewayTask, ? extends JsonNode> render;

    /**
     * @param render         the provider's task JSON, as its retrieve call and its callbacks carry it
     * @param callbacks      the sender of callbacks; {@code null} for a provider without
     * @param callbackPolicy how the provider delivers callbacks; {@code null} for a provider without
     */
    public GatewayTasks(TaskIds ids, TaskLifecycle lifecycle, CallbackSender callbacks, CallbackPolicy callbackPolicy,
                        Function<GatewayTask, ? extends JsonNode> render) {
        this.ids = ids;
        this.lifecycle = lifecycle;
        this.callbacks = callbacks;
        this.callbackPolicy = callbackPolicy;
        this.render = render;
    }

    public GatewayTask submit(GatewayRequest request, PromptDirectives directives, String requestId) {
        Instant now = Instant.now();
        GatewayTask task = new GatewayTask(ids.next(now), store.nextSequence(), request,
                lifecycle.plan(directives), FileDelivery.of(directives), now, requestId);
        return lifecycle.start(task, store, this);
    }

    public Optional<GatewayTask> find(String id) {
        return store.find(id);
    }

    /** The task in the provider's JSON, as it stands now. */
    public JsonNode json(GatewayTask task) {
        return render.apply(task);
    }

    @Override
    public void changed(GatewayTask task) {
        String url = task.request().callbackUrl();
        TaskPhase phase = task.state().phase();
        if (url != null && callbackPolicy != null && phase.isFinal()) {
            callbacks.send(url, task.id(), GatewayStatus.word(phase), Json.text(json(task)), callbackPolicy);
        }
    }
}
