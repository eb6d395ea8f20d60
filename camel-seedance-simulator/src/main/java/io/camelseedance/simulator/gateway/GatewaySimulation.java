package io.camelseedance.simulator.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelseedance.simulator.CreateGate;
import io.camelseedance.simulator.Json;
import io.camelseedance.simulator.PromptDirectives;
import io.camelseedance.simulator.RecordedRequest;
import io.camelseedance.simulator.Reply;
import io.camelseedance.simulator.SimulatedApi;
import io.camelseedance.simulator.SimulatorSettings;
import java.util.Map;
import java.util.Optional;

/**
 * What a simulated gateway provider is made of: its {@link GatewayApi} under its path prefix, its tasks, and the
 * prompt directives applied at create time. A provider adds how it reads a create and answers it.
 */
public abstract class GatewaySimulation implements GatewayApi.Operations {

    private final GatewayApi api;
    private final GatewayTasks tasks;
    private final CreateGate gate = new CreateGate();

    /**
     * @param prefix     the path prefix, e.g. {@code /evolink}
     * @param errorTypes the provider's error type for each HTTP status it documents
     */
    protected GatewaySimulation(String prefix, SimulatorSettings settings, Map<Integer, String> errorTypes,
                                GatewayTasks tasks) {
        this.tasks = tasks;
        this.api = new GatewayApi(prefix, settings.apiKey(),
                new GatewayErrors(settings.retryAfterSeconds(), errorTypes), this);
    }

    public final SimulatedApi api() {
        return api;
    }

    /** The task as the provider's {@code GET /v1/tasks/{id}} would return it now, if it exists. */
    public final Optional<JsonNode> task(String id) {
        return tasks.find(id).map(task -> Json.asParsed(tasks.json(task)));
    }

    /** Answers with the task in the provider's JSON. */
    @Override
    public Reply retrieve(String taskId, RecordedRequest request) {
        GatewayTask task = tasks.find(taskId).orElseThrow(() -> GatewayError.taskNotFound(taskId));
        return Reply.json(200, tasks.json(task));
    }

    protected final GatewayTasks tasks() {
        return tasks;
    }

    /** Applies the prompt's create-time directives, refusing the create in the gateway error format if asked. */
    protected final PromptDirectives admit(GatewayRequest request) {
        return gate.admit(request.prompt(), GatewayError.REFUSALS);
    }
}
