package io.camelseedance.simulator.gateway;

/**
 * What a simulated gateway task keeps of the create request that passed validation: what decides its outcome and
 * what its task JSON reports.
 *
 * @param modelId         the model id as sent
 * @param prompt          the prompt, or {@code ""}
 * @param duration        seconds, the provider's default applied
 * @param returnLastFrame whether a PNG of the last frame is published with the video
 * @param callbackUrl     where final statuses are POSTed, or {@code null}
 */
public record GatewayRequest(String modelId, String prompt, int duration, boolean returnLastFrame,
                             String callbackUrl) {
}
