package io.camelseedance.simulator.apimart;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelseedance.simulator.CreateGate;
import io.camelseedance.simulator.FileDownloads;
import io.camelseedance.simulator.JsonFields;
import io.camelseedance.simulator.PromptDirectives;
import io.camelseedance.simulator.RecordedRequest;
import io.camelseedance.simulator.Reply;
import io.camelseedance.simulator.SimulatedApi;
import io.camelseedance.simulator.SimulatorSettings;
import io.camelseedance.simulator.gateway.GatewayApi;
import io.camelseedance.simulator.gateway.GatewayError;
import io.camelseedance.simulator.gateway.GatewayErrors;
import io.camelseedance.simulator.gateway.GatewayRequest;
import io.camelseedance.simulator.gateway.GatewayTask;
import io.camelseedance.simulator.gateway.GatewayTasks;
import io.camelseedance.simulator.task.TaskIds;
import io.camelseedance.simulator.task.TaskLifecycle;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The simulated APIMart API ({@code api.apimart.ai}) under {@code /apimart}: {@code POST /v1/videos/generations}
 * answers with a submission envelope and collapses creates that carry the same {@code Idempotency-Key} into one
 * task, {@code GET /v1/tasks/{id}} answers with the task envelope. APIMart documents no callbacks.
 */
public final class ApiMartSimulation implements GatewayApi.Operations {

    /** The path prefix; APIMart's base URL in the simulator is {@code <baseUri>/apimart}. */
    public static final String PREFIX = "/apimart";
    /** The header a create is deduplicated by. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** Set on a create answer that returns the task an earlier create with the same key made. */
    public static final String REPLAYED = "Idempotent-Replayed";

    private static final List<String> LANGUAGES = List.of("en", "zh", "ko", "ja");
    private static final Map<Integer, String> ERROR_TYPES = Map.of(
            401, "authentication_error", 402, "payment_required", 403, "permission_error",
            404, "not_found_error", 429, "rate_limit_error", 500, "server_error", 502, "upstream_error",
            503, "service_unavailable");

    private final GatewayApi api;
    private final GatewayTasks tasks;
    private final ApiMartTaskJson json;
    private final CreateGate gate = new CreateGate();
    private final IdempotentCreates idempotentCreates = new IdempotentCreates();

    public ApiMartSimulation(SimulatorSettings settings, FileDownloads files, TaskLifecycle lifecycle) {
        this.json = new ApiMartTaskJson(files);
        TaskIds ids = new TaskIds(ApiMartSimulation::ulidTimePrefix, TaskIds.CROCKFORD_BASE32, 16);
        this.tasks = new GatewayTasks(ids, lifecycle, files, null, null, json::render);
        this.api = new GatewayApi(PREFIX, settings.apiKey(),
                new GatewayErrors(settings.retryAfterSeconds(), ERROR_TYPES), this);
    }

    public SimulatedApi api() {
        return api;
    }

    /** The task as {@code GET /v1/tasks/{id}} would return it now, if it exists. */
    public Optional<JsonNode> task(String id) {
        return tasks.render(id);
    }

    @Override
    public Reply create(RecordedRequest request, String requestId) {
        GatewayRequest createRequest = ApiMartRequestParser.parse(request.body());
        JsonNode body = JsonFields.parseObject(request.body(), GatewayError::malformedRequest);
        IdempotentCreates.Outcome outcome = idempotentCreates.create(request.header(IDEMPOTENCY_KEY), body, () -> {
            PromptDirectives directives = gate.admit(createRequest.prompt(), GatewayError.REFUSALS);
            GatewayTask task = tasks.submit(createRequest, directives, requestId);
            return IdempotentCreates.Outcome.created(task.id(), directives.responseDelay().orElse(Duration.ZERO));
        });
        Reply reply = Reply.json(200, ApiMartTaskJson.created(outcome.taskId())).delayedBy(outcome.answerDelay());
        return outcome.replayed() ? reply.withHeader(REPLAYED, "true") : reply;
    }

    @Override
    public Reply retrieve(String taskId, RecordedRequest request) {
        List<String> language = request.queryParams().getOrDefault("language", List.of());
        if (!language.isEmpty() && !LANGUAGES.contains(language.get(0))) {
            throw GatewayError.invalidParameter("language", "must be one of " + String.join(", ", LANGUAGES));
        }
        GatewayTask task = tasks.find(taskId).orElseThrow(() -> GatewayError.taskNotFound(taskId));
        return Reply.json(200, json.render(task));
    }

    /** {@code task_} and the 10-character time part of a ULID: APIMart's ids are {@code task_01K…}. */
    private static String ulidTimePrefix(Instant now) {
        long millis = now.toEpochMilli();
        char[] time = new char[10];
        for (int i = time.length - 1; i >= 0; i--) {
            time[i] = TaskIds.CROCKFORD_BASE32.charAt((int) (millis & 31));
            millis >>>= 5;
        }
        return "task_" + new String(time);
    }
}
