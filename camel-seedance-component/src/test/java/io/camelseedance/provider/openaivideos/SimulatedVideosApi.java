package io.camelseedance.provider.openaivideos;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.camelseedance.simulator.ApiRefusal;
import io.camelseedance.simulator.Json;
import io.camelseedance.simulator.ProviderApi;
import io.camelseedance.simulator.RecordedRequest;
import io.camelseedance.simulator.Reply;
import io.camelseedance.simulator.SimulationContext;
import io.camelseedance.simulator.ark.ArkApiException;
import io.camelseedance.simulator.ark.ArkUpstream;
import io.camelseedance.simulator.gateway.GatewayRefusal;

/**
 * The test-scope provider's API in the simulator, under {@code /openai-videos}: each create becomes a task of the
 * simulated Ark (Seedance 2.0), so it runs, fails on a {@code [sim:fail=…]} prompt and produces a real MP4 like any
 * other; a task is shown in the provider's own shape, the video at {@code video_url} once it is done.
 */
final class SimulatedVideosApi extends ProviderApi {

    static final String BASE_PATH = "/" + OpenAiVideosDescriptor.ID;
    private static final String ARK_MODEL = "dreamina-seedance-2-0-260128";
    private static final Map<Integer, String> ERROR_TYPES = Map.of(401, "invalid_api_key", 429, "rate_limit_exceeded",
            500, "server_error", 503, "server_error");
    private static final Map<String, String> STATUS = Map.of("queued", "queued", "running", "in_progress",
            "succeeded", "completed");

    private final ArkUpstream ark;
    private final Map<String, String> arkIds = new ConcurrentHashMap<>();
    private final Map<String, String> models = new ConcurrentHashMap<>();

    SimulatedVideosApi(SimulationContext context) {
        super(BASE_PATH, context.settings());
        this.ark = context.ark().upstream();
    }

    @Override
    protected Reply route(RecordedRequest request, String path, String requestId) {
        String videos = OpenAiVideosDialect.VIDEOS;
        if (path.equals(videos) && request.method().equals("POST")) {
            return create(request, requestId);
        }
        if (path.startsWith(videos + "/") && request.method().equals("GET")) {
            String id = path.substring(videos.length() + 1);
            return Reply.json(200, task(id).orElseThrow(() -> GatewayRefusal.taskNotFound(id)));
        }
        throw GatewayRefusal.noRoute(404, request.method(), request.path());
    }

    @Override
    protected ApiRefusal refuseKey(boolean missing) {
        return GatewayRefusal.unauthenticated();
    }

    @Override
    protected ApiRefusal refusalFor(int httpStatus) {
        return GatewayRefusal.forStatus(httpStatus, ERROR_TYPES);
    }

    @Override
    public Optional<ObjectNode> task(String id) {
        return Optional.ofNullable(arkIds.get(id)).flatMap(ark::task).map(arkTask -> render(id, arkTask));
    }

    private Reply create(RecordedRequest request, String requestId) {
        ObjectNode body;
        try {
            body = Json.parseObject(request.body());
        } catch (IllegalArgumentException e) {
            throw GatewayRefusal.malformedRequest(e.getMessage());
        }
        Json.unknownField(body, java.util.Set.of("model", "prompt", "seconds")).ifPresent(field -> {
            throw GatewayRefusal.invalidParameter(field, "is not a parameter of this API");
        });
        String prompt = body.path("prompt").asText("");
        if (prompt.isBlank()) {
            throw GatewayRefusal.invalidParameter("prompt", "is required");
        }
        ObjectNode arkBody = Json.object().put("model", ARK_MODEL);
        arkBody.putArray("content").addObject().put("type", "text").put("text", prompt);
        if (body.hasNonNull("seconds")) {
            arkBody.put("duration", Integer.parseInt(body.get("seconds").asText()));
        }
        ArkUpstream.Forwarded forwarded;
        try {
            forwarded = ark.forward(arkBody, requestId, arkTask -> {
            });
        } catch (ArkApiException e) {
            throw GatewayRefusal.fromArk(e, ERROR_TYPES);
        }
        String id = "video_" + forwarded.taskId();
        arkIds.put(id, forwarded.taskId());
        models.put(id, body.path("model").asText());
        return Reply.json(200, task(id).orElseThrow()).delayedBy(forwarded.answerDelay());
    }

    private ObjectNode render(String id, ObjectNode arkTask) {
        String status = STATUS.getOrDefault(arkTask.path("status").asText(), "failed");
        ObjectNode video = Json.object().put("id", id).put("object", "video").put("model", models.get(id))
                .put("status", status).put("progress", status.equals("completed") ? 100 : 0);
        video.set("created_at", arkTask.get("created_at"));
        JsonNode url = arkTask.at("/content/video_url");
        if (!url.isMissingNode()) {
            video.set("video_url", url);
        }
        JsonNode error = arkTask.get("error");
        if (error != null && error.isObject()) {
            video.putObject("error").put("code", error.path("code").asText()).put("message",
                    error.path("message").asText());
        }
        return video;
    }
}
