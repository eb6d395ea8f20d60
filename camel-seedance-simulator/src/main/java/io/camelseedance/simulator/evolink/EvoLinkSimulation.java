package io.camelseedance.simulator.evolink;

import io.camelseedance.simulator.CallbackPolicy;
import io.camelseedance.simulator.CallbackSender;
import io.camelseedance.simulator.FileDownloads;
import io.camelseedance.simulator.PromptDirectives;
import io.camelseedance.simulator.RecordedRequest;
import io.camelseedance.simulator.Reply;
import io.camelseedance.simulator.SimulatorSettings;
import io.camelseedance.simulator.gateway.GatewayRequest;
import io.camelseedance.simulator.gateway.GatewaySimulation;
import io.camelseedance.simulator.gateway.GatewayTask;
import io.camelseedance.simulator.gateway.GatewayTasks;
import io.camelseedance.simulator.task.TaskIds;
import io.camelseedance.simulator.task.TaskLifecycle;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The simulated EvoLink API ({@code api.evolink.ai}) under {@code /evolink}: {@code POST /v1/videos/generations}
 * answers with the new task itself, {@code GET /v1/tasks/{id}} with the task, and final statuses are POSTed to the
 * task's {@code callback_url}.
 */
public final class EvoLinkSimulation extends GatewaySimulation {

    /** The path prefix; EvoLink's base URL in the simulator is {@code <baseUri>/evolink}. */
    public static final String PREFIX = "/evolink";

    /** EvoLink gives a receiver 10 s to confirm, then retries 3 times, 1, 2 and 4 s after each failure. */
    static final CallbackPolicy CALLBACKS = new CallbackPolicy(Duration.ofSeconds(10),
            List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4)));

    private static final Map<Integer, String> ERROR_TYPES = Map.of(
            401, "authentication_error", 402, "insufficient_quota_error", 403, "permission_error",
            404, "not_found_error", 413, "request_too_large_error", 429, "rate_limit_error",
            500, "internal_server_error", 502, "upstream_error", 503, "service_unavailable_error");

    public EvoLinkSimulation(SimulatorSettings settings, FileDownloads files, TaskLifecycle lifecycle,
                             CallbackSender callbacks) {
        super(PREFIX, settings, ERROR_TYPES, new GatewayTasks(
                new TaskIds(now -> "task-unified-" + now.getEpochSecond() + "-", TaskIds.LOWER_ALPHANUMERIC, 6),
                lifecycle, callbacks, CALLBACKS, new EvoLinkTaskJson(files)::render));
    }

    /** EvoLink answers a create with the new task itself. */
    @Override
    public Reply create(RecordedRequest request, String requestId) {
        GatewayRequest createRequest = EvoLinkRequestParser.parse(request.body());
        PromptDirectives directives = admit(createRequest);
        GatewayTask task = tasks().submit(createRequest, directives, requestId);
        return Reply.json(200, tasks().json(task)).delayedBy(directives.responseDelay().orElse(Duration.ZERO));
    }
}
