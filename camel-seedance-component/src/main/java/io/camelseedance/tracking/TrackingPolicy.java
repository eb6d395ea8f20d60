package io.camelseedance.tracking;

import java.time.Duration;

/**
 * How a task is followed.
 *
 * @param completionTimeout how long to wait for the outcome at most
 * @param pollDelay         the first delay between polls; it grows by half each time the task is still running
 * @param pollMaxDelay      the longest delay between polls
 */
public record TrackingPolicy(Duration completionTimeout, Duration pollDelay, Duration pollMaxDelay) {
}
