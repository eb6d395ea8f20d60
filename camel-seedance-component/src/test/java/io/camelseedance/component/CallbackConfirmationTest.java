package io.camelseedance.component;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import io.camelseedance.simulator.RecordedRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * How {@code seedance:callback} confirms what callbacks say (issue 16): the confirming reads of many callbacks go to
 * the provider together, in batch reads by task id; a task the provider does not know is never emitted, even when it
 * shares its batch with real ones; and a callback whose confirmation fails is confirmed again later, not lost.
 */
class CallbackConfirmationTest extends CallbackTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // no retries inside the client: a failed read is a failed confirmation at once
                from("seedance:callback?maxRetries=0").routeId("callbacks").to("mock:callback");
            }
        };
    }

    private List<RecordedRequest> batchReads() {
        return SIM.simulator().requests("GET", TASKS).stream()
                .filter(r -> r.queryParams().containsKey("filter.task_ids")).toList();
    }

    @Test
    void confirmationsOfABurstAreBatchedAndForgeriesInTheBatchAreNotEmitted() throws Exception {
        int count = 40;
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(submit("Burst " + i));
        }
        ids.forEach(this::awaitFinalCallbackAcknowledged);
        awaitCallbacksProcessed();
        MockEndpoint callbacks = getMockEndpoint("mock:callback");
        await().atMost(WAIT).until(() -> callbacks.getReceivedCounter() == count);
        SIM.simulator().clearRequests();
        callbacks.reset();

        // the provider delivers every final callback again, all at once, and a forger slips in tasks of its own
        List<String> bodies = new ArrayList<>();
        for (String id : ids) {
            bodies.add(taskJson(id));
        }
        List<String> forgedIds = List.of("cgt-20260101000000-forg1", "cgt-20260101000000-forg2");
        for (String forged : forgedIds) {
            bodies.add(withStatus(taskJson(ids.get(0)), "succeeded").replace(ids.get(0), forged));
        }
        ExecutorService senders = Executors.newFixedThreadPool(16);
        try {
            List<CompletableFuture<Integer>> answers = bodies.stream()
                    .map(body -> CompletableFuture.supplyAsync(() -> {
                        try {
                            return postCallback(body).statusCode();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }, senders)).toList();
            for (CompletableFuture<Integer> answer : answers) {
                assertThat(answer.get()).isEqualTo(200);
            }
        } finally {
            senders.shutdown();
        }
        awaitCallbacksProcessed();

        // one emission per task, already emitted: none again, and never a forged one
        assertThat(callbacks.getReceivedCounter()).isZero();
        List<RecordedRequest> reads = batchReads();
        assertThat(reads).as("every callback confirmed by a batch read").isNotEmpty();
        assertThat(SIM.simulator().requests("GET", TASKS)).as("no single GETs").hasSameSizeAs(reads);
        List<String> confirmed = reads.stream().flatMap(r -> r.queryParams().get("filter.task_ids").stream()).toList();
        assertThat(confirmed).containsAll(ids).containsAll(forgedIds);
        // with 16 callbacks in flight and at most 2 reads under way, the others wait and go together
        assertThat(reads).as("batch reads for %d callbacks", bodies.size())
                .anyMatch(r -> r.queryParams().get("filter.task_ids").size() > 1)
                .hasSizeLessThan(bodies.size());
    }

    @Test
    void aForgedCallbackOfATaskNobodyCreatedIsNeverEmitted() throws Exception {
        String id = submit("A real one beside the forgery");
        String forgedId = "cgt-20260101000000-forg3";
        String forged = withStatus(taskJson(id), "succeeded").replace(id, forgedId);

        assertThat(postCallback(forged).statusCode()).isEqualTo(200);
        awaitFinalCallbackAcknowledged(id);
        awaitCallbacksProcessed();

        MockEndpoint callbacks = getMockEndpoint("mock:callback");
        await().atMost(WAIT).until(() -> callbacks.getReceivedCounter() == 1);
        assertThat(callbacks.getReceivedExchanges().get(0).getMessage().getHeader(SeedanceConstants.TASK_ID))
                .isEqualTo(id);
        // a task the provider does not know is dropped, not confirmed again and again
        assertThat(batchReads()).filteredOn(r -> r.queryParams().get("filter.task_ids").contains(forgedId))
                .hasSize(1);
    }

    @Test
    void aCallbackWhoseConfirmationFailsIsConfirmedLaterAndEmittedOnce() throws Exception {
        // the provider's reads fail twice: the first confirmation and the first retry
        SIM.simulator().failNext("GET", TASKS, 503, 2);
        String id = submit("Confirmed on the third try");
        awaitFinalCallbackAcknowledged(id);

        MockEndpoint callbacks = getMockEndpoint("mock:callback");
        await().atMost(WAIT).until(() -> callbacks.getReceivedCounter() == 1);
        assertThat(callbacks.getReceivedExchanges().get(0).getMessage().getHeader(SeedanceConstants.TASK_ID))
                .isEqualTo(id);
        assertThat(batchReads()).as("two failed reads, then the one that confirmed").hasSize(3);
        awaitCallbacksProcessed();
        assertThat(callbacks.getReceivedCounter()).isEqualTo(1);
    }
}
