package io.camelseedance.api;

import java.util.List;

/**
 * Filters and page of a task listing. Every field is optional.
 *
 * @param pageNum     1-based page number
 * @param pageSize    tasks per page (1 to 500 on Ark)
 * @param status      only tasks in this state
 * @param model       only tasks of this model or endpoint id
 * @param taskIds     only these tasks
 * @param serviceTier only tasks of this service tier ({@code default} or {@code flex})
 */
public record TaskQuery(Integer pageNum, Integer pageSize, TaskStatus status, String model, List<String> taskIds,
        String serviceTier) {

    public TaskQuery {
        taskIds = taskIds == null ? List.of() : List.copyOf(taskIds);
    }

    public static TaskQuery all() {
        return new TaskQuery(null, null, null, null, List.of(), null);
    }

    public static TaskQuery ofIds(List<String> taskIds) {
        return new TaskQuery(1, Math.max(1, taskIds.size()), null, null, taskIds, null);
    }
}
