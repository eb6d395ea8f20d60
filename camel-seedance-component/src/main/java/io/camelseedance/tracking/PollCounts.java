package io.camelseedance.tracking;

/**
 * What a tracker has asked the provider since it started: one {@code call} is one read of a batch of tasks (one list
 * call where the provider has them, else the GETs of the batch).
 *
 * @param calls        reads sent
 * @param ids          tasks asked for over all reads (a task looked at twice counts twice)
 * @param partialCalls reads on a round of fewer tasks than a full batch (100): the round's remainder
 * @param lateCalls    reads, of any size, of tasks looked at again at once because the answer to their last look came
 *                     after the round it was due for: looks off the shared rounds, in batches of their own
 */
public record PollCounts(long calls, long ids, long partialCalls, long lateCalls) {
}
