package io.camelseedance.component;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import io.camelseedance.api.TaskStatus;
import io.camelseedance.api.VideoTask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Callbacks and polling feed the same tracker: a waiting generate completes from whichever learns the outcome first,
 * and each consumer emits each task once even when both learn it at the same moment.
 */
class SeedanceCallbackCompletionTest extends CallbackTestSupport {

    @Override
    protected void configure(SeedanceComponent seedance) {
        super.configure(seedance);
        seedance.setTrackerTick(10);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("seedance:callback").to("mock:callback");
                from("seedance:tasks?initialDelay=0&delay=10").to("mock:tasks");
                // polls so rarely that only a callback can end the wait within the test
                from("direct:waitForCallback").to("seedance:generate?waitForCompletion=true&pollDelay=60s");
                // polls as often as callbacks arrive, so both paths learn the outcome at about the same time
                from("direct:race").to("seedance:generate?waitForCompletion=true&failOnTaskError=false&pollDelay=10"
                        + "&pollMaxDelay=20")
                        .to("mock:waited");
            }
        };
    }

    @Test
    void aWaitingGenerateCompletesFromTheCallback() {
        long start = System.nanoTime();
        Exchange done = template.request("direct:waitForCallback",
                e -> e.getMessage().setBody("A sailing ship at dawn"));
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);

        assertThat(done.getException()).isNull();
        VideoTask task = done.getMessage().getBody(VideoTask.class);
        assertThat(task.status()).isEqualTo(TaskStatus.SUCCEEDED);
        assertThat(done.getMessage().getHeader(SeedanceConstants.VIDEO_URL, String.class)).endsWith(task.id() + ".mp4");
        assertThat(seconds).isLessThan(60);
        // the tracker never polled: the only reads by task id are the confirmations of the final callbacks
        long finalCallbacks = SIM.simulator().callbacks().stream()
                .filter(d -> d.taskId().equals(task.id()) && d.status().equals("succeeded")).count();
        assertThat(SIM.simulator().requests("GET", TASKS).stream()
                .filter(r -> r.queryParams().containsKey("filter.task_ids"))).hasSizeBetween(1, (int) finalCallbacks);
    }

    @Test
    void eachTaskIsEmittedOnceWhenPollAndCallbackLearnItTogether() throws Exception {
        int count = 20;
        List<CompletableFuture<Exchange>> waits = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String prompt = "Race " + i + (i % 4 == 0 ? " [sim:fail=InternalServiceError]" : "");
            waits.add(template.asyncSend("direct:race", e -> e.getMessage().setBody(prompt)));
        }
        List<String> ids = new ArrayList<>();
        for (CompletableFuture<Exchange> wait : waits) {
            Exchange done = wait.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            ids.add(done.getMessage().getHeader(SeedanceConstants.TASK_ID, String.class));
        }
        ids.forEach(this::awaitFinalCallbackAcknowledged);
        awaitCallbacksProcessed();
        await().atMost(WAIT).until(() -> getMockEndpoint("mock:tasks").getReceivedCounter() == count
                && component().tracker().pendingOutcomeCount() == 0);

        assertThat(emitted("mock:callback")).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(emitted("mock:tasks")).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(emitted("mock:waited")).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(getMockEndpoint("mock:waited").getReceivedExchanges())
                .filteredOn(e -> "FAILED".equals(e.getMessage().getHeader(SeedanceConstants.TASK_STATUS)))
                .hasSize(count / 4);
    }

    private SeedanceComponent component() {
        return context.getComponent("seedance", SeedanceComponent.class);
    }

    private List<String> emitted(String mock) {
        MockEndpoint endpoint = getMockEndpoint(mock);
        return endpoint.getReceivedExchanges().stream()
                .map(e -> e.getMessage().getHeader(SeedanceConstants.TASK_ID, String.class)).toList();
    }
}
