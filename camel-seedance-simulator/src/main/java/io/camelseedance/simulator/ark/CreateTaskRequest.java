package io.camelseedance.simulator.ark;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A create-task body that passed the shape checks. Fields the client did not send are {@code null}; defaults are
 * applied where the value is used, as the service does, so that echoes can tell "sent" from "defaulted".
 *
 * @param modelId the model id exactly as sent, echoed in the task
 */
record CreateTaskRequest(
        String modelId,
        ArkModel model,
        TaskContent content,
        String callbackUrl,
        Boolean returnLastFrame,
        String serviceTier,
        Integer executionExpiresAfter,
        Boolean generateAudio,
        Boolean draft,
        JsonNode tools,
        String safetyIdentifier,
        Integer priority,
        String resolution,
        String ratio,
        Integer duration,
        Integer frames,
        Long seed,
        Boolean cameraFixed,
        String outputFormat) {

    static final String DEFAULT_SERVICE_TIER = "default";
    static final String FLEX_SERVICE_TIER = "flex";
    static final int DEFAULT_EXECUTION_EXPIRES_AFTER = 172_800;

    String serviceTierOrDefault() {
        return serviceTier == null ? DEFAULT_SERVICE_TIER : serviceTier;
    }

    boolean flex() {
        return FLEX_SERVICE_TIER.equals(serviceTier);
    }

    int executionExpiresAfterOrDefault() {
        return executionExpiresAfter == null ? DEFAULT_EXECUTION_EXPIRES_AFTER : executionExpiresAfter;
    }

    boolean draftMode() {
        return Boolean.TRUE.equals(draft);
    }

    boolean lastFrameRequested() {
        return Boolean.TRUE.equals(returnLastFrame);
    }
}
