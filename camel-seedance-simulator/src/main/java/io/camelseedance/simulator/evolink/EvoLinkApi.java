package io.camelseedance.simulator.evolink;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.camelseedance.simulator.CallbackPolicy;
import io.camelseedance.simulator.CallbackSender;
import io.camelseedance.simulator.Json;
import io.camelseedance.simulator.RecordedRequest;
import io.camelseedance.simulator.Reply;
import io.camelseedance.simulator.SimulatorSettings;
import io.camelseedance.simulator.ark.ArkUpstream;
import io.camelseedance.simulator.gateway.GatewayApi;
import io.camelseedance.simulator.gateway.GatewayRefusal;
import io.camelseedance.simulator.gateway.GatewayRequest;
import io.camelseedance.simulator.gateway.GatewayStatus;
import io.camelseedance.simulator.gateway.GatewayTasks;
import io.camelseedance.simulator.gateway.RandomIds;

/**
 * EvoLink's API ({@code api.evolink.ai}) under {@code /evolink}: {@code POST /v1/videos/generations} answers with
 * the new task itself, {@code GET /v1/tasks/{id}} with the task, and the final status is POSTed to the task's
 * {@code callback_url}. Like EvoLink, it forwards each task to Ark, here the simulated one, so tasks follow Ark's
 * lifecycle and triggers under EvoLink's own ids and words.
 */
public final class EvoLinkApi extends GatewayApi {

    public static final String BASE_PATH = "/evolink";

    /** EvoLink gives a receiver 10 s to confirm, then retries 3 times, 1, 2 and 4 s after each failure. */
    static final CallbackPolicy CALLBACKS = new CallbackPolicy(Duration.ofSeconds(10),
            List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4)));

    private static final Map<Integer, String> ERROR_TYPES = Map.of(
            401, "authentication_error", 402, "insufficient_quota_error", 403, "permission_error",
            404, "not_found_error", 413, "request_too_large_error", 429, "rate_limit_error",
            500, "internal_server_error", 502, "upstream_error", 503, "service_unavailable_error");
    private static final int ID_SUFFIX = 6;

    private final GatewayTasks tasks;
    private final CallbackSender callbacks;

    public EvoLinkApi(SimulatorSettings settings, ArkUpstream ark, CallbackSender callbacks) {
        super(BASE_PATH, settings, ERROR_TYPES);
        this.tasks = new GatewayTasks(ark, EvoLinkApi::newId, ERROR_TYPES);
        this.callbacks = callbacks;
    }

    /** The task as {@code GET /v1/tasks/{id}} would return it now, if EvoLink made it. */
    @Override
    public Optional<ObjectNode> task(String id) {
        return tasks.find(id).map(EvoLinkTaskJson::render);
    }

    @Override
    protected Reply create(RecordedRequest request, String requestId) {
        GatewayRequest createRequest = EvoLinkRequestParser.parse(request.body());
        GatewayTasks.Created created = tasks.create(createRequest, requestId,
                (id, arkTask) -> callBack(new GatewayTasks.Snapshot(id, createRequest, arkTask)));
        return Reply.json(200, EvoLinkTaskJson.render(created.task())).delayedBy(created.answerDelay());
    }

    @Override
    protected Reply retrieve(String taskId, RecordedRequest request) {
        return Reply.json(200, task(taskId).orElseThrow(() -> GatewayRefusal.taskNotFound(taskId)));
    }

    /** EvoLink calls back on completed, failed and cancelled only, with the task as a retrieve shows it. */
    private void callBack(GatewayTasks.Snapshot task) {
        String url = task.request().callbackUrl();
        if (url != null && ArkUpstream.isFinal(task.arkTask().get("status").asText())) {
            callbacks.send(url, task.id(), GatewayStatus.word(task.arkTask()),
                    Json.text(EvoLinkTaskJson.render(task)), CALLBACKS);
        }
    }

    /** {@code task-unified-<unix seconds>-<6 characters>}, EvoLink's shape. */
    private static String newId() {
        return "task-unified-" + Instant.now().getEpochSecond() + "-"
                + RandomIds.of(RandomIds.LOWER_ALPHANUMERIC, ID_SUFFIX);
    }
}
