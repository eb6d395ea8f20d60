package io.camelseedance.component;

import java.net.http.HttpResponse;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.camelseedance.simulator.CallbackDelivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * However long the route takes, the provider gets its answer at once: a callback is acknowledged when it is recorded,
 * not when the route is done with it.
 */
class SeedanceCallbackSlowRouteTest extends CallbackTestSupport {

    private final CountDownLatch gate = new CountDownLatch(1);
    private final AtomicInteger blocked = new AtomicInteger();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("seedance:callback")
                        .process(e -> {
                            blocked.incrementAndGet();
                            gate.await(WAIT.toSeconds(), TimeUnit.SECONDS);
                        })
                        .to("mock:slow");
            }
        };
    }

    @AfterEach
    void openTheGate() {
        gate.countDown();
    }

    @Test
    void callbacksAreAnsweredWhileTheRouteIsStillBusy() throws Exception {
        String first = submit("The first of two");
        await().atMost(WAIT).until(() -> blocked.get() == 1);

        String second = submit("The second of two");
        CallbackDelivery secondDone = awaitFinalCallbackAcknowledged(second);
        await().atMost(WAIT).until(() -> blocked.get() == 2);
        // a provider retry of the first, while its exchange is still in the route
        long start = System.nanoTime();
        HttpResponse<String> retry = postCallback(taskJson(first));
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertThat(secondDone.attempt()).isEqualTo(1);
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(millis).isLessThan(4000);
        assertThat(getMockEndpoint("mock:slow").getReceivedCounter()).isZero();
        assertThat(SIM.simulator().callbacks()).filteredOn(d -> d.taskId().equals(first) || d.taskId().equals(second))
                .allSatisfy(d -> assertThat(d.responseCode()).isEqualTo(200));

        gate.countDown();
        await().atMost(WAIT).until(() -> getMockEndpoint("mock:slow").getReceivedCounter() == 2);
        awaitCallbacksProcessed();
        assertThat(getMockEndpoint("mock:slow").getReceivedExchanges())
                .extracting(e -> e.getMessage().getHeader(SeedanceConstants.TASK_ID, String.class))
                .containsExactlyInAnyOrder(first, second);
    }
}
