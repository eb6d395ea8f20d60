package io.camelseedance.simulator.apimart;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.camelseedance.simulator.RecordedRequest;
import io.camelseedance.simulator.Reply;
import io.camelseedance.simulator.SimulatorSettings;
import io.camelseedance.simulator.ark.ArkUpstream;
import io.camelseedance.simulator.gateway.GatewayApi;
import io.camelseedance.simulator.gateway.GatewayRefusal;
import io.camelseedance.simulator.gateway.GatewayRequest;
import io.camelseedance.simulator.gateway.GatewayTasks;
import io.camelseedance.simulator.gateway.RandomIds;

/**
 * APIMart's API ({@code api.apimart.ai}) under {@code /apimart}: {@code POST /v1/videos/generations} answers with a
 * submission envelope and collapses creates that carry the same {@code Idempotency-Key} into one task,
 * {@code GET /v1/tasks/{id}} answers with the task envelope. Like APIMart, it forwards each task to Ark, here the
 * simulated one. APIMart documents no callbacks.
 */
public final class ApiMartApi extends GatewayApi {

    public static final String BASE_PATH = "/apimart";
    /** The header a create is deduplicated by. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** Set on a create answer that returns the task an earlier create with the same key made. */
    public static final String REPLAYED = "Idempotent-Replayed";

    private static final List<String> LANGUAGES = List.of("en", "zh", "ko", "ja");
    private static final Map<Integer, String> ERROR_TYPES = Map.of(
            401, "authentication_error", 402, "payment_required", 403, "permission_error",
            404, "not_found_error", 429, "rate_limit_error", 500, "server_error", 502, "upstream_error",
            503, "service_unavailable");
    private static final int ULID_TIME_CHARACTERS = 10;
    private static final int ULID_RANDOM_CHARACTERS = 16;

    private final GatewayTasks tasks;
    private final IdempotentCreates idempotentCreates = new IdempotentCreates();

    public ApiMartApi(SimulatorSettings settings, ArkUpstream ark) {
        super(BASE_PATH, settings, ERROR_TYPES);
        this.tasks = new GatewayTasks(ark, ApiMartApi::newId, ERROR_TYPES);
    }

    /** The task envelope {@code GET /v1/tasks/{id}} would return now, if APIMart made the task. */
    @Override
    public Optional<ObjectNode> task(String id) {
        return tasks.find(id).map(ApiMartTaskJson::render);
    }

    @Override
    protected Reply create(RecordedRequest request, String requestId) {
        GatewayRequest createRequest = ApiMartRequestParser.parse(request.body());
        IdempotentCreates.Outcome outcome = idempotentCreates.create(request.header(IDEMPOTENCY_KEY),
                createRequest.arkBody(), () -> {
                    GatewayTasks.Created created = tasks.create(createRequest, requestId, (id, arkTask) -> {
                    });
                    return IdempotentCreates.Outcome.created(created.task().id(), created.answerDelay());
                });
        Reply reply = Reply.json(200, ApiMartTaskJson.created(outcome.taskId())).delayedBy(outcome.answerDelay());
        return outcome.replayed() ? reply.withHeader(REPLAYED, "true") : reply;
    }

    /** The task envelope; {@code ?language=} may ask for the messages in English, Chinese, Korean or Japanese. */
    @Override
    protected Reply retrieve(String taskId, RecordedRequest request) {
        List<String> language = request.queryParams().getOrDefault("language", List.of());
        if (!language.isEmpty() && !LANGUAGES.contains(language.get(0))) {
            throw GatewayRefusal.invalidParameter("language", "must be one of " + String.join(", ", LANGUAGES));
        }
        return Reply.json(200, task(taskId).orElseThrow(() -> GatewayRefusal.taskNotFound(taskId)));
    }

    /** {@code task_} and a ULID: 10 characters of time, 16 random ones, in Crockford's base 32. */
    private static String newId() {
        long millis = Instant.now().toEpochMilli();
        char[] time = new char[ULID_TIME_CHARACTERS];
        for (int i = time.length - 1; i >= 0; i--) {
            time[i] = RandomIds.CROCKFORD_BASE32.charAt((int) (millis & 31));
            millis >>>= 5;
        }
        return "task_" + new String(time) + RandomIds.of(RandomIds.CROCKFORD_BASE32, ULID_RANDOM_CHARACTERS);
    }
}
