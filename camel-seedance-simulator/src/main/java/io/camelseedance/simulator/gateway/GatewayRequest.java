package io.camelseedance.simulator.gateway;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A gateway create request that passed the gateway's validation: what the gateway's own task JSON reports, and
 * the Ark create body it forwards for it.
 *
 * @param modelId     the model id as sent, echoed in the task
 * @param duration    seconds, the provider's default applied
 * @param callbackUrl where final statuses are POSTed, or {@code null}
 * @param arkBody     the Ark create body the gateway forwards
 */
public record GatewayRequest(String modelId, int duration, String callbackUrl, ObjectNode arkBody) {
}
