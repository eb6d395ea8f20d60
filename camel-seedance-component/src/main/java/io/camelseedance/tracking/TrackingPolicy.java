package io.camelseedance.tracking;

import java.time.Duration;
import java.time.Instant;

/**
 * How a task is followed.
 *
 * @param deadline     when waiting for the outcome ends, whatever the task's state
 * @param pollDelay    the first delay between polls; it grows by half each time the task is still running
 * @param pollMaxDelay the longest delay between polls
 */
public record TrackingPolicy(Instant deadline, Duration pollDelay, Duration pollMaxDelay) {
}
