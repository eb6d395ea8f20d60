package io.camelseedance.simulator.acedata;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One Ace Data Cloud task: Ace's own ids in front of the Ark task that does the work.
 *
 * @param id         Ace's task id (a UUID), the one clients query with
 * @param traceId    the trace id of the create, repeated in the task's result
 * @param request    the create body as sent
 * @param arrayShape whether results carry {@code data} as an array of Ark tasks ({@code [sim:shape=array]}) rather
 *                   than as an object
 */
record AceDataTask(String id, String traceId, JsonNode request, boolean arrayShape) {
}
