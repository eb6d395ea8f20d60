package io.camelseedance.api;

/**
 * What a provider says about a task while it runs (EvoLink's {@code task_info}).
 *
 * @param canCancel     whether the provider would still cancel it
 * @param estimatedTime seconds the provider expects the task to take
 */
public record TaskInfo(Boolean canCancel, Integer estimatedTime) {
}
