package io.camelseedance.api;

/**
 * Why a task failed, as the provider reported it.
 *
 * @param code          the provider's error code, e.g. {@code OutputVideoSensitiveContentDetected}
 * @param message       the provider's message
 * @param contentPolicy whether the input or output was rejected by content moderation (same input, same verdict)
 * @param retryable     whether submitting the same request again may succeed
 */
public record TaskError(String code, String message, boolean contentPolicy, boolean retryable) {

    /** Classifies a provider error code: moderation verdicts are deterministic, so they are never worth a retry. */
    public static TaskError of(String code, String message) {
        boolean policy = ErrorCodes.isContentPolicy(code);
        return new TaskError(code, message, policy, !policy && ErrorCodes.isTransient(code));
    }
}
