package io.camelseedance.tracking;

/**
 * What a tracker has asked the provider since it started: one {@code call} is one read of a batch of tasks (one list
 * call where the provider has them, else the GETs of the batch).
 *
 * @param calls        reads sent
 * @param ids          tasks asked for over all reads (a task looked at twice counts twice)
 * @param partialCalls reads of fewer tasks than a full batch (100): a round's remainder
 * @param slowAnswers  reads answered more than a poll delay after they were sent: their tasks skip a round (the answer
 *                     stands for it); many of them mean the provider, or this instance, cannot keep up with the rounds
 */
public record PollCounts(long calls, long ids, long partialCalls, long slowAnswers) {
}
