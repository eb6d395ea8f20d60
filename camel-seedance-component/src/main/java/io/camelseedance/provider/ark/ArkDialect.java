package io.camelseedance.provider.ark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import io.camelseedance.api.SeedanceApiException;
import io.camelseedance.api.TaskPage;
import io.camelseedance.api.TaskQuery;
import io.camelseedance.api.VideoRequest;
import io.camelseedance.api.VideoTask;
import io.camelseedance.provider.HttpCall;
import io.camelseedance.provider.JsonSupport;
import io.camelseedance.provider.ProviderDialect;

/**
 * The official Ark content generation task API, spoken by BytePlus ModelArk, Volcengine Ark and Ark-compatible
 * gateways: {@code /contents/generations/tasks} with create, get, list (filters and paging) and delete.
 */
public final class ArkDialect implements ProviderDialect {

    static final String TASKS = "/contents/generations/tasks";
    // Ark embeds the request id in the message ("... Request id: 0217...") and not always in a header
    private static final Pattern REQUEST_ID = Pattern.compile("(?i)request id:?\\s*([A-Za-z0-9-]+)");

    private final String provider;
    private final ArkRequestWriter writer = new ArkRequestWriter();
    private final ArkTaskReader reader;

    public ArkDialect(String provider) {
        this.provider = provider;
        this.reader = new ArkTaskReader(provider);
    }

    @Override
    public HttpCall create(VideoRequest request) {
        return HttpCall.post(TASKS, JsonSupport.write(writer.write(request)));
    }

    @Override
    public VideoTask parseCreated(String body, VideoRequest request) {
        JsonNode node = JsonSupport.parse(body, "create response");
        String id = JsonSupport.requireTaskId(JsonSupport.text(node, "id"), provider, "id");
        return VideoTask.submitted(id, provider, request.model(), body);
    }

    @Override
    public HttpCall get(String taskId) {
        return HttpCall.get(TASKS + "/" + taskId);
    }

    @Override
    public VideoTask parseTask(String body) {
        return task(JsonSupport.parse(body, "task"), body);
    }

    /** Every Ark task object has a status; one without is not a task. */
    private VideoTask task(JsonNode node, String raw) {
        JsonSupport.requireText(node, "status");
        return reader.read(node, raw);
    }

    @Override
    public HttpCall list(TaskQuery q) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        putIfSet(query, "page_num", q.pageNum());
        putIfSet(query, "page_size", q.pageSize());
        putIfSet(query, "filter.status", q.status() == null ? null : q.status().name().toLowerCase(Locale.ROOT));
        putIfSet(query, "filter.model", q.model());
        putIfSet(query, "filter.service_tier", q.serviceTier());
        if (!q.taskIds().isEmpty()) {
            query.put("filter.task_ids", q.taskIds());
        }
        return HttpCall.get(TASKS, query);
    }

    @Override
    public TaskPage parseList(String body) {
        JsonNode node = JsonSupport.parse(body, "task list");
        List<VideoTask> items = new ArrayList<>();
        JsonSupport.requireArray(node, "items").forEach(item -> items.add(task(item, item.toString())));
        Long total = JsonSupport.longValue(node, "total");
        return new TaskPage(total != null ? total : items.size(), items);
    }

    /** Ark has no batch get as such: a list filtered by task ids is one. */
    @Override
    public HttpCall getMany(List<String> taskIds) {
        return list(TaskQuery.ofIds(taskIds));
    }

    @Override
    public List<VideoTask> parseMany(String body) {
        return parseList(body).items();
    }

    @Override
    public HttpCall cancel(String taskId) {
        return HttpCall.delete(TASKS + "/" + taskId);
    }

    @Override
    public SeedanceApiException parseError(int httpStatus, String body, String requestId, Duration retryAfter) {
        String code = null;
        String type = null;
        String param = null;
        String message = null;
        try {
            JsonNode error = JsonSupport.object(JsonSupport.parse(body, "error"), "error");
            code = JsonSupport.text(error, "code");
            type = JsonSupport.text(error, "type");
            param = JsonSupport.text(error, "param");
            message = JsonSupport.text(error, "message");
        } catch (RuntimeException notJson) {
            // gateways in front of Ark answer some errors with HTML or plain text
            message = JsonSupport.abbreviate(body);
        }
        if (requestId == null && message != null) {
            Matcher m = REQUEST_ID.matcher(message);
            requestId = m.find() ? m.group(1) : null;
        }
        return new SeedanceApiException(provider, httpStatus, code, type, param, message, requestId, retryAfter);
    }

    private static void putIfSet(Map<String, List<String>> query, String key, Object value) {
        if (value != null) {
            query.put(key, List.of(value.toString()));
        }
    }
}
