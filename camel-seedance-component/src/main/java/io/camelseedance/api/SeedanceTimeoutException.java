package io.camelseedance.api;

import java.time.Duration;

/**
 * Waiting for a task ended at its deadline while the task was still in flight. The task goes on at the provider:
 * fetch it later by its id.
 */
public class SeedanceTimeoutException extends SeedanceException {

    private final String taskId;

    public SeedanceTimeoutException(String taskId, TaskStatus lastStatus, Duration waited) {
        super("Seedance task " + taskId + " still " + lastStatus + " after waiting " + waited.toSeconds()
                + " s; it goes on at the provider: fetch it later by its id");
        this.taskId = taskId;
    }

    public String taskId() {
        return taskId;
    }
}
