package io.camelseedance.simulator.acedata;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.camelseedance.simulator.ApiRefusal;
import io.camelseedance.simulator.CallbackPolicy;
import io.camelseedance.simulator.CallbackSender;
import io.camelseedance.simulator.Json;
import io.camelseedance.simulator.PromptDirectives;
import io.camelseedance.simulator.ProviderApi;
import io.camelseedance.simulator.RecordedRequest;
import io.camelseedance.simulator.Reply;
import io.camelseedance.simulator.SimulatorSettings;
import io.camelseedance.simulator.ark.ArkApiException;
import io.camelseedance.simulator.ark.ArkUpstream;

/**
 * Ace Data Cloud's Seedance API under {@code /acedata}: {@code POST /seedance/videos} in its three modes (blocking:
 * the answer waits for the video; {@code async: true}: a task id at once; {@code callback_url}: a task id at once and
 * the result POSTed there) and {@code POST /seedance/tasks} ({@code retrieve}, {@code retrieve_batch}). Like Ace, it
 * forwards the create body to Ark, here the simulated one, so tasks follow Ark's lifecycle and triggers.
 */
public final class AceDataApi extends ProviderApi {

    public static final String BASE_PATH = "/acedata";
    private static final String VIDEOS = "/seedance/videos";
    private static final String TASKS = "/seedance/tasks";
    private static final Set<String> QUERY_FIELDS = Set.of("id", "ids", "action");

    /** An Ace task and the Ark task behind it. */
    private record Entry(AceDataTask task, String arkId) {
    }

    private final ArkUpstream ark;
    private final CallbackSender callbacks;
    private final AceDataAnswers answers = new AceDataAnswers();
    private final Map<String, Entry> tasks = new ConcurrentHashMap<>();

    public AceDataApi(SimulatorSettings settings, ArkUpstream ark, CallbackSender callbacks) {
        super(BASE_PATH, settings);
        this.ark = ark;
        this.callbacks = callbacks;
    }

    @Override
    protected Reply route(RecordedRequest request, String path, String requestId) {
        boolean post = request.method().equals("POST");
        if (post && path.equals(VIDEOS)) {
            return create(request, requestId);
        }
        if (post && path.equals(TASKS)) {
            return query(request);
        }
        throw AceDataApiException.noApi(request.method(), request.path());
    }

    @Override
    protected ApiRefusal refuseKey(boolean missing) {
        return missing ? AceDataApiException.noToken() : AceDataApiException.invalidToken();
    }

    @Override
    protected ApiRefusal refusalFor(int httpStatus) {
        return AceDataApiException.forStatus(httpStatus, "The request failed (HTTP " + httpStatus + ").");
    }

    private Reply create(RecordedRequest request, String requestId) {
        AceDataOrder order = AceDataOrder.parse(request.body());
        AceDataTask task = new AceDataTask(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                order.request(), arrayShape(order.prompt()));
        CompletableFuture<Reply> finished = new CompletableFuture<>();
        ArkUpstream.Forwarded forwarded;
        try {
            forwarded = ark.forward(order.arkBody(), requestId, whenFinal(arkTask -> {
                ObjectNode result = answers.envelope(task, arkTask);
                finished.complete(Reply.json(200, result));
                if (order.callbackUrl() != null) {
                    callbacks.send(order.callbackUrl(), task.id(), arkTask.get("status").asText(),
                            Json.text(result), CallbackPolicy.once(CallbackPolicy.ARK_TIMEOUT));
                }
            }));
        } catch (ArkApiException e) {
            throw AceDataApiException.fromArk(e);
        }
        tasks.put(task.id(), new Entry(task, forwarded.taskId()));
        if (order.blocking()) {
            return Reply.deferred(finished.thenApply(reply -> reply.delayedBy(forwarded.answerDelay())));
        }
        ObjectNode accepted = Json.object().put("task_id", task.id()).put("trace_id", task.traceId());
        return Reply.json(200, accepted).delayedBy(forwarded.answerDelay());
    }

    private static Consumer<ObjectNode> whenFinal(Consumer<ObjectNode> action) {
        return arkTask -> {
            if (ArkUpstream.isFinal(arkTask.get("status").asText())) {
                action.accept(arkTask);
            }
        };
    }

    private static boolean arrayShape(String prompt) {
        try {
            return PromptDirectives.parse(prompt).responseShape().map("array"::equals).orElse(false);
        } catch (IllegalArgumentException e) {
            throw AceDataApiException.badRequest(e.getMessage());
        }
    }

    private Reply query(RecordedRequest request) {
        JsonNode body = AceDataApiException.requireObject(request.body(), QUERY_FIELDS);
        String action = body.path("action").asText();
        switch (action) {
            case "retrieve" -> {
                JsonNode id = Json.present(body, "id");
                if (id == null || !id.isTextual()) {
                    throw AceDataApiException.badRequest("The parameter `id` must be a task id.");
                }
                return Reply.json(200, task(id.asText()).orElseThrow(
                        () -> AceDataApiException.taskNotFound(id.asText())));
            }
            case "retrieve_batch" -> {
                JsonNode ids = Json.present(body, "ids");
                if (ids == null || !ids.isArray()) {
                    throw AceDataApiException.badRequest("The parameter `ids` must be an array of task ids.");
                }
                ObjectNode batch = Json.object();
                ArrayNode items = batch.putArray("items");
                ids.forEach(id -> task(id.asText()).ifPresent(items::add));
                batch.put("count", items.size());
                return Reply.json(200, batch);
            }
            default -> throw AceDataApiException.badRequest(
                    "The parameter `action` must be retrieve or retrieve_batch; got `" + action + "`.");
        }
    }

    /** A task as a {@code retrieve} query shows it; empty when Ace never made it or its Ark record is gone. */
    @Override
    public Optional<ObjectNode> task(String id) {
        Entry entry = tasks.get(id);
        return entry == null
                ? Optional.empty()
                : ark.task(entry.arkId()).map(arkTask -> answers.query(entry.task(), arkTask));
    }
}
