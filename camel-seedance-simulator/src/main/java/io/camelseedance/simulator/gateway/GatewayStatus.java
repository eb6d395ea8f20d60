package io.camelseedance.simulator.gateway;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelseedance.simulator.Json;
import io.camelseedance.simulator.task.FailureMessages;
import io.camelseedance.simulator.task.TaskPhase;

/**
 * The status words EvoLink and APIMart share ({@code pending, processing, completed, failed, cancelled}) and the
 * error object of a failed task. Neither has Ark's {@code expired}: a task that runs out of time fails with
 * {@link #TIMEOUT_CODE}.
 */
public final class GatewayStatus {

    /** The error code of a task that ran out of time ({@code [sim:expire]}). */
    public static final String TIMEOUT_CODE = "generation_timeout";
    private static final String FAILURE_TYPE = "upstream_error";

    private GatewayStatus() {
    }

    public static String word(TaskPhase phase) {
        return switch (phase) {
            case QUEUED -> "pending";
            case RUNNING -> "processing";
            case SUCCEEDED -> "completed";
            case FAILED, EXPIRED -> "failed";
            case CANCELLED -> "cancelled";
        };
    }

    /** Whether the task is reported {@code failed}, with an error object. */
    public static boolean failed(TaskPhase phase) {
        return phase == TaskPhase.FAILED || phase == TaskPhase.EXPIRED;
    }

    /** The {@code error} of a failed task: the code a test asked for, or the timeout of an expired one. */
    public static ObjectNode error(GatewayTask task) {
        String code = task.state().phase() == TaskPhase.EXPIRED ? TIMEOUT_CODE
                : task.plan().failureCode().orElse("service_error");
        ObjectNode error = Json.object();
        error.put("code", code);
        error.put("message", FailureMessages.describe(code));
        error.put("type", FAILURE_TYPE);
        return error;
    }
}
