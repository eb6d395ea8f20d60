package io.camelseedance.simulator.task;

import io.camelseedance.simulator.PromptDirectives;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The whole future of a task, decided when it is created: which phases it goes through and how long after the
 * previous one. Deciding up front keeps the scheduler free of per-task logic and makes outcomes deterministic.
 *
 * @param steps       the phase changes after {@code queued}, each with its delay since the previous one
 * @param failureCode the error code reported if the plan ends in {@code failed}
 */
public record TaskPlan(List<Step> steps, Optional<String> failureCode) {

    /** One phase change, {@code after} the previous one. */
    public record Step(Duration after, TaskPhase phase) {
    }

    /**
     * @param expiresAfter the client's deadline for the task; a task that would still be queued or running by then
     *                     is expired at that moment instead, as Ark does
     */
    public static TaskPlan of(PromptDirectives directives, Duration queuedFor, Duration runningFor,
                              Duration expiresAfter) {
        Duration queue = directives.queueTime().orElse(queuedFor);
        Duration render = directives.renderTime().orElse(runningFor);
        if (queue.compareTo(expiresAfter) >= 0) {
            return new TaskPlan(List.of(new Step(expiresAfter, TaskPhase.EXPIRED)), Optional.empty());
        }
        if (queue.plus(render).compareTo(expiresAfter) > 0) {
            return new TaskPlan(List.of(new Step(queue, TaskPhase.RUNNING),
                    new Step(expiresAfter.minus(queue), TaskPhase.EXPIRED)), Optional.empty());
        }
        TaskPhase outcome = directives.failCode().isPresent() ? TaskPhase.FAILED
                : directives.expire() ? TaskPhase.EXPIRED
                : TaskPhase.SUCCEEDED;
        return new TaskPlan(List.of(new Step(queue, TaskPhase.RUNNING), new Step(render, outcome)),
                directives.failCode());
    }

    /** How long the task is planned to stay running, or zero when it never runs. */
    public Duration runningTime() {
        return steps.size() > 1 && steps.get(0).phase() == TaskPhase.RUNNING ? steps.get(1).after() : Duration.ZERO;
    }
}
