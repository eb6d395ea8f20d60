package io.camelseedance.provider.acedata;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.camelseedance.api.SeedanceApiException;
import io.camelseedance.api.SeedanceValidationException.Violation;
import io.camelseedance.api.ValidationMode;
import io.camelseedance.api.VideoRequest;
import io.camelseedance.api.VideoTask;
import io.camelseedance.provider.ErrorBody;
import io.camelseedance.provider.HttpCall;
import io.camelseedance.provider.JsonSupport;
import io.camelseedance.provider.ProviderDialect;
import io.camelseedance.provider.ProviderOptions;
import io.camelseedance.provider.RequestField;
import io.camelseedance.provider.UnsupportedFields;
import io.camelseedance.provider.ark.ArkRequestWriter;

/**
 * Ace Data Cloud ({@code https://api.acedata.cloud}), a reseller that forwards Ark's create body to Volcengine Ark
 * ({@code doubao-*} model ids): create with {@code POST /seedance/videos}, query one task or a batch with
 * {@code POST /seedance/tasks}. No list and no cancel.
 * <p>
 * Provider option {@code mode}: {@code async} (the default) sends {@code "async": true}, or, when the request has a
 * callback URL, just the {@code callback_url}; either way Ace answers at once with a task id. {@code blocking} sends
 * neither, and Ace answers only when the video is done (a minute or two: raise {@code requestTimeout}).
 */
public final class AceDataDialect implements ProviderDialect {

    static final String VIDEOS = "/seedance/videos";
    static final String TASKS = "/seedance/tasks";
    // Ark fields and content items that Ace's create does not document
    static final Set<RequestField> LACKING = EnumSet.of(RequestField.VIDEOS, RequestField.AUDIOS,
            RequestField.DRAFT_TASK_ID, RequestField.DRAFT, RequestField.PRIORITY, RequestField.SAFETY_IDENTIFIER,
            RequestField.TOOLS, RequestField.OUTPUT_FORMAT, RequestField.TASK_TYPE);

    private final String provider;
    private final AceDataMode mode;
    // Ace takes Ark's body and spells only the camera switch its own way
    private final ArkRequestWriter writer = new ArkRequestWriter("camerafixed");
    private final AceDataTaskReader reader;

    /**
     * @param options provider options; the only key is {@code mode} ({@code async} or {@code blocking})
     */
    AceDataDialect(ProviderOptions options) {
        this.provider = options.provider();
        this.mode = AceDataMode.from(options);
        this.reader = new AceDataTaskReader(provider);
    }

    @Override
    public List<Violation> unsupported(VideoRequest request, ValidationMode validation) {
        return new UnsupportedFields(provider, request)
                .lacking(LACKING)
                .when(mode == AceDataMode.BLOCKING && request.callbackUrl() != null, RequestField.CALLBACK_URL.field(),
                        "cannot send a callback URL in blocking mode (providerOption.mode=blocking): leave out one"
                                + " of them")
                .list();
    }

    @Override
    public HttpCall create(VideoRequest request) {
        ObjectNode body = writer.write(request);
        // without async or a callback URL, Ace holds the connection until the video is done
        if (mode == AceDataMode.ASYNC && request.callbackUrl() == null && !body.has("async")) {
            body.put("async", true);
        }
        return HttpCall.post(VIDEOS, JsonSupport.write(body));
    }

    @Override
    public VideoTask parseCreated(String body, VideoRequest request) {
        JsonNode node = JsonSupport.parse(body, "create response");
        String id = JsonSupport.requireTaskId(JsonSupport.text(node, "task_id"), provider, "task_id");
        // a blocking create answers with the finished task, the others with its id alone
        return node.has("data") || node.has("error")
                ? reader.read(node, body, request.model())
                : VideoTask.submitted(id, provider, request.model(), body);
    }

    @Override
    public HttpCall get(String taskId) {
        ObjectNode query = JsonSupport.MAPPER.createObjectNode().put("id", taskId).put("action", "retrieve");
        return HttpCall.post(TASKS, JsonSupport.write(query));
    }

    @Override
    public VideoTask parseTask(String body) {
        return reader.read(JsonSupport.parse(body, "task"), body, null);
    }

    @Override
    public HttpCall getMany(List<String> taskIds) {
        ObjectNode query = JsonSupport.MAPPER.createObjectNode();
        taskIds.forEach(query.putArray("ids")::add);
        query.put("action", "retrieve_batch");
        return HttpCall.post(TASKS, JsonSupport.write(query));
    }

    @Override
    public List<VideoTask> parseMany(String body) {
        List<VideoTask> tasks = new ArrayList<>();
        JsonSupport.requireArray(JsonSupport.parse(body, "task batch"), "items")
                .forEach(item -> tasks.add(reader.read(item, item.toString(), null)));
        return tasks;
    }

    /** Ace's errors carry a trace id in the body, which is what its support asks for. */
    @Override
    public SeedanceApiException parseError(int httpStatus, String body, String requestId, Duration retryAfter) {
        ErrorBody error = ErrorBody.parse(body);
        String traceId = JsonSupport.text(error.root(), "trace_id");
        return error.toException(provider, httpStatus, traceId != null ? traceId : requestId, retryAfter);
    }
}
