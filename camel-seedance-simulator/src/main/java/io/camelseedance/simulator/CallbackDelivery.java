package io.camelseedance.simulator;

import java.time.Instant;

/**
 * One attempt of the simulator to POST a task callback, kept so that tests can assert on deliveries and retries.
 *
 * @param url          where the callback was sent
 * @param taskId       the task it reports on
 * @param status       the task status word carried by the callback
 * @param attempt      1 for the first attempt, up to 4 when a terminal callback is retried
 * @param responseCode the receiver's HTTP status, or -1 when it did not answer in time or could not be reached
 * @param body         the JSON document that was posted
 * @param sentAt       when the simulator started to post it
 */
public record CallbackDelivery(
        String url, String taskId, String status, int attempt, int responseCode, String body, Instant sentAt) {

    /** Whether the receiver confirmed the delivery the way the provider requires (any 2xx answer). */
    public boolean acknowledged() {
        return responseCode >= 200 && responseCode < 300;
    }
}
