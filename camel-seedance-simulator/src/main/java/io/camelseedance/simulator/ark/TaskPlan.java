package io.camelseedance.simulator.ark;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.camelseedance.simulator.PromptDirectives;

/**
 * The whole future of a task, decided when it is created: which statuses it goes through and how long after the
 * previous one. Deciding up front keeps the scheduler free of per-task logic and makes outcomes deterministic.
 *
 * @param steps       the status changes after {@code queued}, each with its delay since the previous one
 * @param failureCode the error code reported if the plan ends in {@code failed}
 */
record TaskPlan(List<Step> steps, Optional<String> failureCode) {

    record Step(Duration after, TaskStatus status) {
    }

    /**
     * @param expiresAfter the client's {@code execution_expires_after}; a task that would still be queued or running
     *                     by then is expired at that moment instead, as the service does
     */
    static TaskPlan of(PromptDirectives directives, Duration queuedFor, Duration runningFor, Duration expiresAfter) {
        Duration queue = directives.queueTime().orElse(queuedFor);
        Duration render = directives.renderTime().orElse(runningFor);
        if (queue.compareTo(expiresAfter) >= 0) {
            return new TaskPlan(List.of(new Step(expiresAfter, TaskStatus.EXPIRED)), Optional.empty());
        }
        if (queue.plus(render).compareTo(expiresAfter) > 0) {
            return new TaskPlan(List.of(new Step(queue, TaskStatus.RUNNING),
                    new Step(expiresAfter.minus(queue), TaskStatus.EXPIRED)), Optional.empty());
        }
        TaskStatus outcome = directives.failCode().isPresent()
                ? TaskStatus.FAILED
                : directives.expire()
                        ? TaskStatus.EXPIRED
                        : TaskStatus.SUCCEEDED;
        return new TaskPlan(List.of(new Step(queue, TaskStatus.RUNNING), new Step(render, outcome)),
                directives.failCode());
    }
}
