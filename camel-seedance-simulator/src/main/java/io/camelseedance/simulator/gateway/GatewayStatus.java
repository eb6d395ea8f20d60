package io.camelseedance.simulator.gateway;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.camelseedance.simulator.Json;

/**
 * How EvoLink and APIMart tell the state of the Ark task behind theirs: their shared status words
 * ({@code pending, processing, completed, failed, cancelled}), a progress, and the error of a failed task. Neither
 * has Ark's {@code expired}: a task that ran out of time fails with {@link #TIMEOUT_CODE}.
 */
public final class GatewayStatus {

    /** The error code of a task that ran out of time ({@code [sim:expire]}). */
    public static final String TIMEOUT_CODE = "generation_timeout";

    private static final Map<String, String> WORDS = Map.of("queued", "pending", "running", "processing",
            "succeeded", "completed", "failed", "failed", "expired", "failed", "cancelled", "cancelled");
    // the simulator does not know how far a render has come, so a running task reports halfway
    private static final Map<String, Integer> PROGRESS = Map.of("running", 50, "succeeded", 100);
    private static final String FAILURE_TYPE = "upstream_error";

    private GatewayStatus() {
    }

    /** The gateway's word for the Ark task's status. */
    public static String word(JsonNode arkTask) {
        return WORDS.get(arkTask.get("status").asText());
    }

    public static int progress(JsonNode arkTask) {
        return PROGRESS.getOrDefault(arkTask.get("status").asText(), 0);
    }

    /** Whether the gateway reports the task failed, with an error object. */
    public static boolean failed(JsonNode arkTask) {
        return "failed".equals(word(arkTask));
    }

    /** The {@code error} of a failed task: Ark's code and message, or the timeout of an expired one. */
    public static ObjectNode error(JsonNode arkTask) {
        boolean expired = "expired".equals(arkTask.get("status").asText());
        ObjectNode error = Json.object();
        error.put("code", expired ? TIMEOUT_CODE : arkTask.at("/error/code").asText());
        error.put("message", expired ? "The task did not finish in time." : arkTask.at("/error/message").asText());
        error.put("type", FAILURE_TYPE);
        return error;
    }
}
