package io.camelseedance.simulator.ark;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.camelseedance.simulator.PromptDirectives;

/**
 * Accepts a create body for the simulated Ark, whether it came to Ark's own API or through a reseller in front of
 * it: Ark's validation, the prompt directives that refuse, throttle or delay a create, and the start of the task's
 * lifecycle. One place, so every provider honours the same {@code [sim:…]} triggers.
 */
final class ArkTaskIntake {

    /**
     * @param answerDelay how long the create answer is held back ({@code [sim:delay=MS]})
     */
    record Accepted(ArkTask task, CreateTaskRequest request, Duration answerDelay) {
    }

    private final ArkTaskLifecycle lifecycle;
    private final ArkTaskStore store;
    private final Map<String, String> endpoints;
    private final RateLimitedPrompts rateLimitedPrompts = new RateLimitedPrompts();

    /**
     * @param endpoints endpoint ids and the model id each serves
     */
    ArkTaskIntake(ArkTaskLifecycle lifecycle, ArkTaskStore store, Map<String, String> endpoints) {
        this.lifecycle = lifecycle;
        this.store = store;
        this.endpoints = endpoints;
    }

    /**
     * @param listener hears of the task's status changes; {@code null} for none
     * @throws ArkApiException what Ark would answer instead of creating the task
     */
    Accepted accept(String body, String requestId, Consumer<ObjectNode> listener) {
        CreateTaskRequest request = CreateRequestParser.parse(body, endpoints);
        Optional<ArkTask> draft = request.content().draftTask().map(id -> succeededDraft(id, request));
        String prompt = request.content().prompt();
        PromptDirectives directives = directives(prompt);
        if (directives.httpStatus().isPresent()) {
            throw ArkApiException.forStatus(directives.httpStatus().getAsInt());
        }
        if (directives.rejectCode().isPresent()) {
            throw ArkApiException.contentRejected(directives.rejectCode().get());
        }
        if (directives.rateLimitedAttempts() > 0
                && rateLimitedPrompts.throttle(prompt, directives.rateLimitedAttempts())) {
            throw ArkApiException.forStatus(429);
        }
        ArkTask task = lifecycle.submit(request, draft, directives, requestId, listener);
        return new Accepted(task, request, directives.responseDelay().orElse(Duration.ZERO));
    }

    /**
     * Seed 001's "sample task ID": the final video is rendered from a draft, so the draft must be one this account
     * made (the simulator serves one key), in draft mode, with the same model, and finished.
     */
    private ArkTask succeededDraft(String id, CreateTaskRequest request) {
        ArkTask draft = store.find(id).orElseThrow(() -> ArkApiException.invalidParameter("content",
                "draft_task " + id + " does not exist"));
        if (!draft.request().draftMode()) {
            throw ArkApiException.invalidParameter("content", "task " + id + " is not a draft task");
        }
        if (draft.request().model() != request.model()) {
            throw ArkApiException.invalidParameter("content", "draft_task " + id + " was made with "
                    + draft.request().modelId() + ", not " + request.modelId());
        }
        TaskStatus status = draft.state().status();
        if (status != TaskStatus.SUCCEEDED) {
            throw ArkApiException.invalidParameter("content", "draft_task " + id + " is " + status.wire()
                    + ": only a succeeded draft can be rendered");
        }
        return draft;
    }

    private static PromptDirectives directives(String prompt) {
        try {
            return PromptDirectives.parse(prompt);
        } catch (IllegalArgumentException e) {
            throw ArkApiException.invalidParameter("content", e.getMessage());
        }
    }
}
