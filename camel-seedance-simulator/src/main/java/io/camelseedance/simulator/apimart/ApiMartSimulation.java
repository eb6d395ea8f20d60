package io.camelseedance.simulator.apimart;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelseedance.simulator.FileDownloads;
import io.camelseedance.simulator.JsonFields;
import io.camelseedance.simulator.PromptDirectives;
import io.camelseedance.simulator.RecordedRequest;
import io.camelseedance.simulator.Reply;
import io.camelseedance.simulator.SimulatorSettings;
import io.camelseedance.simulator.gateway.GatewayError;
import io.camelseedance.simulator.gateway.GatewayRequest;
import io.camelseedance.simulator.gateway.GatewaySimulation;
import io.camelseedance.simulator.gateway.GatewayTask;
import io.camelseedance.simulator.gateway.GatewayTasks;
import io.camelseedance.simulator.task.TaskIds;
import io.camelseedance.simulator.task.TaskLifecycle;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The simulated APIMart API ({@code api.apimart.ai}) under {@code /apimart}: {@code POST /v1/videos/generations}
 * answers with a submission envelope and collapses creates that carry the same {@code Idempotency-Key} into one
 * task, {@code GET /v1/tasks/{id}} answers with the task envelope. APIMart documents no callbacks.
 */
public final class ApiMartSimulation extends GatewaySimulation {

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

    private final IdempotentCreates idempotentCreates = new IdempotentCreates();

    public ApiMartSimulation(SimulatorSettings settings, FileDownloads files, TaskLifecycle lifecycle) {
        super(PREFIX, settings, ERROR_TYPES, new GatewayTasks(
                new TaskIds(ApiMartSimulation::ulidTimePrefix, TaskIds.CROCKFORD_BASE32, 16),
                lifecycle, null, null, new ApiMartTaskJson(files)::render));
    }

    /** APIMart answers a create with a submission envelope, the same one to every create with the same key. */
    @Override
    public Reply create(RecordedRequest request, String requestId) {
        GatewayRequest createRequest = ApiMartRequestParser.parse(request.body());
        JsonNode body = JsonFields.parseObject(request.body(), GatewayError::malformedRequest);
        IdempotentCreates.Outcome outcome = idempotentCreates.create(request.header(IDEMPOTENCY_KEY), body, () -> {
            PromptDirectives directives = admit(createRequest);
            GatewayTask task = tasks().submit(createRequest, directives, requestId);
            return IdempotentCreates.Outcome.created(task.id(), directives.responseDelay().orElse(Duration.ZERO));
        });
        Reply reply = Reply.json(200, ApiMartTaskJson.created(outcome.taskId())).delayedBy(outcome.answerDelay());
        return outcome.replayed() ? reply.withHeader(REPLAYED, "true") : reply;
    }

    /** The task envelope; {@code ?language=} may ask for the messages in English, Chinese, Korean or Japanese. */
    @Override
    public Reply retrieve(String taskId, RecordedRequest request) {
        List<String> language = request.queryParams().getOrDefault("language", List.of());
        if (!language.isEmpty() && !LANGUAGES.contains(language.get(0))) {
            throw GatewayError.invalidParameter("language", "must be one of " + String.join(", ", LANGUAGES));
        }
        return super.retrieve(taskId, request);
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
