package io.camelseedance.simulator.ark;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The query of the list endpoint: paging ({@code page_num}, {@code page_size}) and the {@code filter.*}
 * parameters, where {@code filter.task_ids} is repeated once per id.
 *
 * @param status      the wanted status, or {@code null} for any
 * @param model       the wanted model id as sent at creation, or {@code null} for any
 * @param serviceTier the wanted service tier, or {@code null} for any
 * @param taskIds     the wanted ids, empty for any
 */
record TaskListQuery(int pageNum, int pageSize, TaskStatus status, String model, String serviceTier,
        Set<String> taskIds) {

    private static final int DEFAULT_PAGE_SIZE = 10;
    private static final int MAX_PAGE_SIZE = 500;
    private static final Set<String> SERVICE_TIERS = Set.of(
            CreateTaskRequest.DEFAULT_SERVICE_TIER, CreateTaskRequest.FLEX_SERVICE_TIER);

    static TaskListQuery from(Map<String, List<String>> params) {
        int pageNum = integer(params, "page_num", 1, 1, Integer.MAX_VALUE);
        int pageSize = integer(params, "page_size", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
        String statusWord = first(params, "filter.status");
        TaskStatus status = statusWord == null
                ? null
                : TaskStatus.fromWire(statusWord).orElseThrow(() -> ArkApiException.invalidParameter("filter.status",
                        "`" + statusWord + "` is not a task status"));
        String serviceTier = first(params, "filter.service_tier");
        if (serviceTier != null && !SERVICE_TIERS.contains(serviceTier)) {
            throw ArkApiException.invalidParameter("filter.service_tier", "must be default or flex");
        }
        Set<String> taskIds = new LinkedHashSet<>();
        params.getOrDefault("filter.task_ids", List.of()).stream().filter(id -> !id.isEmpty()).forEach(taskIds::add);
        return new TaskListQuery(pageNum, pageSize, status, first(params, "filter.model"), serviceTier,
                Set.copyOf(taskIds));
    }

    boolean matches(ArkTask task) {
        CreateTaskRequest request = task.request();
        return (status == null || task.state().status() == status)
                && (model == null || model.equals(request.modelId()))
                && (serviceTier == null || serviceTier.equals(request.serviceTierOrDefault()))
                && (taskIds.isEmpty() || taskIds.contains(task.id()));
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() || values.get(0).isEmpty() ? null : values.get(0);
    }

    private static int integer(Map<String, List<String>> params, String name, int fallback, int min, int max) {
        String text = first(params, name);
        if (text == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below like an out-of-range value
        }
        throw ArkApiException.invalidParameter(name, "must be an integer between " + min + " and " + max);
    }
}
