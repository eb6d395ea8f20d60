package io.camelseedance.simulator.ark;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.camelseedance.simulator.Json;

/**
 * The simulated Ark as the upstream of the resellers and relays the simulator also speaks: they translate their own
 * request into an Ark create body and forward it here, so their tasks share Ark's lifecycle, {@code [sim:…]}
 * triggers and generated files, and answer in their own format from Ark's task JSON.
 */
public final class ArkUpstream {

    /**
     * A forwarded task as Ark accepted it.
     *
     * @param taskId      Ark's task id
     * @param answerDelay how long the create answer is to be held back ({@code [sim:delay=MS]})
     */
    public record Forwarded(String taskId, Duration answerDelay) {
    }

    private final ArkTaskIntake intake;
    private final Function<String, Optional<ObjectNode>> tasks;

    /**
     * @param tasks a task by id as GET returns it now
     */
    ArkUpstream(ArkTaskIntake intake, Function<String, Optional<ObjectNode>> tasks) {
        this.intake = intake;
        this.tasks = tasks;
    }

    /**
     * Creates a task from an Ark create body, with Ark's validation and the prompt's directives.
     *
     * @param listener hears of every status change with the task as GET returns it, {@code queued} first; it runs on
     *                 the simulator's scheduler and must not block
     * @throws ArkApiException what Ark answers instead, for the caller to put in its own error format
     */
    public Forwarded forward(JsonNode body, String requestId, Consumer<ObjectNode> listener) {
        ArkTaskIntake.Accepted accepted = intake.accept(Json.text(body), requestId, listener);
        return new Forwarded(accepted.task().id(), accepted.answerDelay());
    }

    /** The task as GET returns it now, if it exists. */
    public Optional<ObjectNode> task(String id) {
        return tasks.apply(id);
    }

    /** Whether an Ark status word is one a task never leaves. */
    public static boolean isFinal(String status) {
        return TaskStatus.fromWire(status).map(s -> s != TaskStatus.QUEUED && s != TaskStatus.RUNNING).orElse(false);
    }
}
