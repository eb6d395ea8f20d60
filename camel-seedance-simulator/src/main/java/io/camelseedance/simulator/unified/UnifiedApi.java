package io.camelseedance.simulator.unified;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.camelseedance.simulator.ApiRefusal;
import io.camelseedance.simulator.Json;
import io.camelseedance.simulator.ProviderApi;
import io.camelseedance.simulator.RecordedRequest;
import io.camelseedance.simulator.Reply;
import io.camelseedance.simulator.SimulatorSettings;
import io.camelseedance.simulator.ark.ArkApiException;
import io.camelseedance.simulator.ark.ArkUpstream;

/**
 * A relay gateway of the "/v2/videos/generations" unified format under {@code /unified}: create with
 * {@code POST /v2/videos/generations}, poll with {@code GET /v2/videos/generations/{task_id}}. Like such relays it
 * forwards each task to Ark, here the simulated one, and passes Ark's task id through.
 */
public final class UnifiedApi extends ProviderApi {

    public static final String BASE_PATH = "/unified";
    private static final String GENERATIONS = "/v2/videos/generations";

    private final ArkUpstream ark;
    private final UnifiedTaskJson json = new UnifiedTaskJson();
    // a relay knows only the tasks created through it, though they live on Ark
    private final Set<String> taskIds = ConcurrentHashMap.newKeySet();

    public UnifiedApi(SimulatorSettings settings, ArkUpstream ark) {
        super(BASE_PATH, settings);
        this.ark = ark;
    }

    @Override
    protected Reply route(RecordedRequest request, String path, String requestId) {
        String method = request.method();
        if (path.equals(GENERATIONS)) {
            if (!method.equals("POST")) {
                throw UnifiedApiException.noRoute(405, method, request.path());
            }
            return create(request, requestId);
        }
        String id = path.startsWith(GENERATIONS + "/") ? path.substring(GENERATIONS.length() + 1) : "";
        if (id.isEmpty() || id.contains("/")) {
            throw UnifiedApiException.noRoute(404, method, request.path());
        }
        if (!method.equals("GET")) {
            throw UnifiedApiException.noRoute(405, method, request.path());
        }
        return retrieve(id);
    }

    @Override
    protected ApiRefusal refuseKey(boolean missing) {
        return UnifiedApiException.invalidToken();
    }

    @Override
    protected ApiRefusal refusalFor(int httpStatus) {
        return UnifiedApiException.forStatus(httpStatus);
    }

    private Reply create(RecordedRequest request, String requestId) {
        ObjectNode arkBody = UnifiedOrder.parse(request.body());
        ArkUpstream.Forwarded forwarded;
        try {
            forwarded = ark.forward(arkBody, requestId, null);
        } catch (ArkApiException e) {
            throw UnifiedApiException.fromArk(e);
        }
        String id = forwarded.taskId();
        taskIds.add(id);
        return Reply.json(200, Json.object().put("task_id", id)).delayedBy(forwarded.answerDelay());
    }

    private Reply retrieve(String id) {
        ObjectNode arkTask = taskIds.contains(id) ? ark.task(id).orElse(null) : null;
        if (arkTask == null) {
            throw UnifiedApiException.taskNotFound(id);
        }
        return Reply.json(200, json.render(arkTask));
    }
}
