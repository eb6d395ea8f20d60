package io.camelseedance.component;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import io.camelseedance.api.VideoRequest;
import io.camelseedance.api.VideoTask;
import io.camelseedance.client.SeedanceClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class TasksConsumerTest extends SeedanceTestSupport {

    private final AtomicBoolean failFirstDelivery = new AtomicBoolean(true);

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:submit").to("seedance:generate");
                from("seedance:tasks?delay=100").routeId("tracked").to("mock:tracked");
                from("seedance:tasks?mode=account&delay=100&pageSize=50").routeId("account")
                        .process(e -> {
                            if ("fail-me".equals(e.getMessage().getBody(VideoTask.class).settings().safetyIdentifier())
                                    && failFirstDelivery.getAndSet(false)) {
                                throw new IllegalStateException("the route failed once");
                            }
                        })
                        .to("mock:account");
            }
        };
    }

    @Test
    void trackedModeEmitsEachSubmittedTaskOnceWhenItEnds() throws Exception {
        MockEndpoint tracked = getMockEndpoint("mock:tracked");
        tracked.expectedMessageCount(3);

        String ok = submit("a fox");
        String failed = submit("[sim:fail=OutputVideoSensitiveContentDetected]");
        String expired = submit("[sim:expire]");

        tracked.assertIsSatisfied();
        assertThat(tracked.getReceivedExchanges()).extracting(e -> e.getMessage().getHeader(SeedanceConstants.TASK_ID))
                .containsExactlyInAnyOrder(ok, failed, expired);
        assertThat(tracked.getReceivedExchanges())
                .extracting(e -> e.getMessage().getHeader(SeedanceConstants.TASK_STATUS))
                .containsExactlyInAnyOrder("SUCCEEDED", "FAILED", "EXPIRED");
        // more polls of the consumer emit nothing more
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
                .until(() -> tracked.getReceivedCounter() == 3);
        assertThat(context.getComponent("seedance", SeedanceComponent.class).tracker().pendingOutcomeCount()).isZero();
    }

    @Test
    void accountModeEmitsEveryFinishedTaskOnceAndRetriesAFailedExchange() throws Exception {
        SeedanceClient direct = SeedanceClient.builder().baseUrl(SIM.baseUrl("byteplus")).apiKey(KEY).build();
        VideoTask first = direct.create(VideoRequest.builder().model(MODEL).prompt("made elsewhere").build()).get();
        VideoTask second = direct.create(VideoRequest.builder().model(MODEL).prompt("made elsewhere too")
                .safetyIdentifier("fail-me").build()).get();
        MockEndpoint account = getMockEndpoint("mock:account");

        await().atMost(Duration.ofSeconds(10)).until(() -> ids(account).containsAll(List.of(first.id(), second.id())));
        int received = account.getReceivedCounter();

        // more polls list the same finished tasks, and emit nothing more
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
                .until(() -> account.getReceivedCounter() == received);
        assertThat(ids(account).stream().filter(first.id()::equals)).hasSize(1);
        assertThat(ids(account).stream().filter(second.id()::equals)).as("emitted again after the failure, once")
                .hasSize(1);
        assertThat(failFirstDelivery).isFalse();
    }

    private static List<Object> ids(MockEndpoint mock) {
        return mock.getReceivedExchanges().stream().map(e -> e.getMessage().getHeader(SeedanceConstants.TASK_ID))
                .toList();
    }

    private String submit(String prompt) {
        Exchange out = template.request("direct:submit", e -> e.getMessage().setBody(prompt));
        assertThat(out.getException()).isNull();
        return out.getMessage().getHeader(SeedanceConstants.TASK_ID, String.class);
    }
}
