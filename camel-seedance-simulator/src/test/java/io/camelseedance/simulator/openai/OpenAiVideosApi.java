package io.camelseedance.simulator.openai;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.camelseedance.simulator.ApiRefusal;
import io.camelseedance.simulator.Json;
import io.camelseedance.simulator.ProviderApi;
import io.camelseedance.simulator.RecordedRequest;
import io.camelseedance.simulator.Reply;
import io.camelseedance.simulator.ReplyBody;
import io.camelseedance.simulator.SimulationContext;
import io.camelseedance.simulator.ark.ArkApiException;
import io.camelseedance.simulator.ark.ArkUpstream;
import io.camelseedance.simulator.gateway.GatewayRefusal;

/**
 * An OpenAI-style video API under {@code /openai}, written against the simulator's public types only:
 * {@code POST /v1/videos} ({@code {"prompt"}}) creates a task through the shared Ark lifecycle, so every
 * {@code [sim:…]} trigger works; {@code GET /v1/videos/{id}} shows it ({@code queued}, {@code in_progress},
 * {@code completed}, {@code failed}); {@code GET /v1/videos/{id}/content} redirects to the MP4 Ark serves for it.
 */
public final class OpenAiVideosApi extends ProviderApi {

    static final String BASE_PATH = "/openai";
    private static final String VIDEOS = "/v1/videos";
    private static final String CONTENT = "/content";
    private static final String ARK_MODEL = "dreamina-seedance-2-0-260128";
    private static final Map<Integer, String> ERROR_TYPES = Map.of(
            401, "invalid_request_error", 404, "invalid_request_error", 429, "rate_limit_exceeded",
            500, "server_error", 502, "server_error", 503, "server_error");

    private final ArkUpstream ark;
    private final Map<String, String> arkIds = new ConcurrentHashMap<>();

    OpenAiVideosApi(SimulationContext context) {
        super(BASE_PATH, context.settings());
        this.ark = context.ark().upstream();
    }

    @Override
    protected Reply route(RecordedRequest request, String path, String requestId) {
        String method = request.method();
        if (path.equals(VIDEOS) && method.equals("POST")) {
            return create(request, requestId);
        }
        String rest = path.startsWith(VIDEOS + "/") ? path.substring(VIDEOS.length() + 1) : "";
        if (!method.equals("GET") || rest.isEmpty()) {
            throw GatewayRefusal.noRoute(404, method, request.path());
        }
        if (rest.endsWith(CONTENT)) {
            return content(rest.substring(0, rest.length() - CONTENT.length()));
        }
        return Reply.json(200, task(rest).orElseThrow(() -> GatewayRefusal.taskNotFound(rest)));
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
        return arkTask(id).map(arkTask -> render(id, arkTask));
    }

    private Reply create(RecordedRequest request, String requestId) {
        String prompt;
        try {
            prompt = Json.parseObject(request.body()).path("prompt").asText("");
        } catch (IllegalArgumentException e) {
            throw GatewayRefusal.malformedRequest(e.getMessage());
        }
        if (prompt.isBlank()) {
            throw GatewayRefusal.invalidParameter("prompt", "is required");
        }
        ObjectNode arkBody = Json.object().put("model", ARK_MODEL);
        arkBody.putArray("content").addObject().put("type", "text").put("text", prompt);
        ArkUpstream.Forwarded forwarded;
        try {
            forwarded = ark.forward(arkBody, requestId, arkTask -> {
            });
        } catch (ArkApiException e) {
            throw GatewayRefusal.fromArk(e, ERROR_TYPES);
        }
        String id = "video_" + forwarded.taskId();
        arkIds.put(id, forwarded.taskId());
        return Reply.json(200, task(id).orElseThrow()).delayedBy(forwarded.answerDelay());
    }

    private Reply content(String id) {
        ObjectNode arkTask = arkTask(id).orElseThrow(() -> GatewayRefusal.taskNotFound(id));
        String url = arkTask.at("/content/video_url").asText("");
        if (url.isEmpty()) {
            throw GatewayRefusal.invalidParameter("video_id", "the video is not ready");
        }
        return new Reply(302, null, ReplyBody.of(new byte[0]), Map.of("Location", url), Duration.ZERO, null);
    }

    private Optional<ObjectNode> arkTask(String id) {
        return Optional.ofNullable(arkIds.get(id)).flatMap(ark::task);
    }

    private static ObjectNode render(String id, ObjectNode arkTask) {
        String status = switch (arkTask.get("status").asText()) {
            case "queued" -> "queued";
            case "running" -> "in_progress";
            case "succeeded" -> "completed";
            default -> "failed";
        };
        return Json.object().put("id", id).put("object", "video").put("status", status);
    }
}
