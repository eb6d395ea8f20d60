package io.camelseedance.simulator;

import java.util.Optional;

/**
 * A task the simulated service created, whichever API it came through.
 *
 * @param taskId     the Ark id of the task
 * @param requestId  the {@code X-Request-Id} of the request that created it
 * @param answerLoss how the prompt asked for that request's answer to be lost ({@code [sim:afterCreate=…]}), if it
 *                   did
 */
public record TaskCreation(String taskId, String requestId, Optional<AnswerLoss> answerLoss) {
}
