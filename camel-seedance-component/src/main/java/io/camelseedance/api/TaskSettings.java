package io.camelseedance.api;

/**
 * The request settings a provider reports back on a task.
 *
 * @param serviceTier           {@code default} or {@code flex}
 * @param executionExpiresAfter seconds after creation at which the task expires unfinished
 * @param generateAudio         whether the video has sound
 * @param draft                 whether it is a draft
 * @param priority              queue priority
 * @param safetyIdentifier      the end-user id sent with the request
 * @param revisedPrompt         the prompt as the provider rewrote it
 */
public record TaskSettings(String serviceTier, Integer executionExpiresAfter, Boolean generateAudio, Boolean draft,
        Integer priority, String safetyIdentifier, String revisedPrompt) {

    public static final TaskSettings NONE = new TaskSettings(null, null, null, null, null, null, null);
}
