package io.camelseedance.simulator.ark;

import java.time.Instant;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.camelseedance.simulator.BearerToken;
import io.camelseedance.simulator.Json;
import io.camelseedance.simulator.RecordedRequest;
import io.camelseedance.simulator.Reply;
import io.camelseedance.simulator.SimulatedApi;

/**
 * The Ark content-generation task endpoints under {@code /api/v3}: authentication, routing, and the create,
 * retrieve, list and cancel/delete operations. It also answers unknown paths, in Ark's error format.
 */
public final class ArkApi implements SimulatedApi {

    public static final String BASE_PATH = "/api/v3";
    private static final String TASKS = BASE_PATH + "/contents/generations/tasks";

    private final String apiKey;
    private final ArkErrors errors;
    private final ArkTaskStore store;
    private final ArkTaskIntake intake;
    private final ArkTaskJson json;

    ArkApi(String apiKey, ArkErrors errors, ArkTaskStore store, ArkTaskIntake intake, ArkTaskJson json) {
        this.apiKey = apiKey;
        this.errors = errors;
        this.store = store;
        this.intake = intake;
        this.json = json;
    }

    @Override
    public Reply handle(RecordedRequest request, String requestId) {
        try {
            if (!request.path().startsWith(BASE_PATH + "/")) {
                // a wrong base URL is the likelier mistake than a wrong key, so say that first
                throw ArkApiException.resourceNotFound(request.path());
            }
            authenticate(request);
            return route(request, requestId);
        } catch (ArkApiException e) {
            return errors.reply(e, requestId);
        }
    }

    @Override
    public Reply errorReply(int httpStatus, String requestId) {
        return errors.replyForStatus(httpStatus, requestId);
    }

    @Override
    public Optional<ObjectNode> task(String id) {
        return store.find(id).map(json::render);
    }

    private void authenticate(RecordedRequest request) {
        if (!BearerToken.accepted(request, apiKey)) {
            throw ArkApiException.unauthenticated();
        }
    }

    private Reply route(RecordedRequest request, String requestId) {
        String path = request.path();
        String method = request.method();
        if (path.equals(TASKS) || path.equals(TASKS + "/")) {
            return switch (method) {
                case "POST" -> create(request, requestId);
                case "GET" -> list(request);
                default -> throw ArkApiException.methodNotAllowed(method, path);
            };
        }
        String id = path.startsWith(TASKS + "/") ? path.substring(TASKS.length() + 1) : "";
        if (id.isEmpty() || id.contains("/")) {
            throw ArkApiException.resourceNotFound(path);
        }
        return switch (method) {
            case "GET" -> retrieve(id);
            case "DELETE" -> cancelOrDelete(id);
            default -> throw ArkApiException.methodNotAllowed(method, path);
        };
    }

    private Reply create(RecordedRequest request, String requestId) {
        ArkTaskIntake.Accepted accepted = intake.accept(request.body(), requestId, null);
        ObjectNode answer = Json.object().put("id", accepted.task().id());
        if (accepted.request().safetyIdentifier() != null) {
            answer.put("safety_identifier", accepted.request().safetyIdentifier());
        }
        return Reply.json(200, answer).delayedBy(accepted.answerDelay());
    }

    private Reply retrieve(String id) {
        ArkTask task = store.find(id).orElseThrow(() -> ArkApiException.taskNotFound(id));
        return Reply.json(200, json.render(task));
    }

    private Reply list(RecordedRequest request) {
        ArkTaskStore.Page page = store.page(TaskListQuery.from(request.queryParams()));
        ObjectNode answer = Json.object().put("total", page.total());
        ArrayNode items = answer.putArray("items");
        page.items().forEach(task -> items.add(json.render(task)));
        return Reply.json(200, answer);
    }

    /** Ark's DELETE cancels a queued task, deletes a finished one, and refuses the rest. */
    private Reply cancelOrDelete(String id) {
        ArkTask task = store.find(id).orElseThrow(() -> ArkApiException.taskNotFound(id));
        if (!store.move(task, TaskStatus.CANCELLED, Instant.now())) {
            switch (task.state().status()) {
                case RUNNING -> throw ArkApiException.taskRunning(id);
                case CANCELLED -> throw ArkApiException.taskCancelled(id);
                default -> store.remove(task);
            }
        }
        return Reply.json(200, Json.object());
    }
}
