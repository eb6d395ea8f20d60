package io.camelseedance.component;

import java.time.Duration;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import io.camelseedance.api.SeedanceTimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code completionTimeout=3000} ends the exchange between 3.0 and 3.6 s after it reached the producer, with the
 * production poll settings (first poll after 5 s), however long the create took and however coarse the tracker's
 * tick. It used to count from the create's answer and be checked only at ticks: 6.5 s was measured with a slow
 * create.
 */
class CompletionTimeoutTest extends SeedanceTestSupport {

    private static final long TIMEOUT_MILLIS = 3000;
    private static final long TOLERANCE_MILLIS = 600;
    /** A task that runs far longer than anyone waits for it. */
    private static final String LONG_RENDER = "[sim:render=60000]";

    @Override
    protected void configure(SeedanceComponent seedance) {
        productionPolling(seedance);
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        SeedanceComponent coarse = component(SIM);
        productionPolling(coarse);
        coarse.setTrackerTick(2000);
        context.addComponent("seedanceCoarseTick", coarse);
        return context;
    }

    private static void productionPolling(SeedanceComponent seedance) {
        seedance.getConfiguration().setPollDelay(5000);
        seedance.getConfiguration().setPollMaxDelay(60000);
        seedance.setTrackerTick(250);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:wait").doTry()
                        .to("seedance:generate?waitForCompletion=true&completionTimeout=" + TIMEOUT_MILLIS)
                        .doCatch(SeedanceTimeoutException.class).process(CompletionTimeoutTest::recordThread)
                        .end();
                from("direct:coarse").doTry()
                        .to("seedanceCoarseTick:generate?waitForCompletion=true&completionTimeout=" + TIMEOUT_MILLIS)
                        .doCatch(SeedanceTimeoutException.class).process(CompletionTimeoutTest::recordThread)
                        .end();
            }
        };
    }

    private static void recordThread(Exchange exchange) {
        exchange.getMessage().setHeader("caughtOn", Thread.currentThread().getName());
    }

    @Test
    void theDeadlineCountsTheSlowCreateToo() {
        // the provider takes a second to answer the create
        assertTimesOutInTime("direct:wait", "a slow create [sim:delay=1000] " + LONG_RENDER);
    }

    @Test
    void theDeadlineHoldsWhateverTheTick() {
        assertTimesOutInTime("direct:coarse", "a coarse tick " + LONG_RENDER);
    }

    private void assertTimesOutInTime(String endpoint, String prompt) {
        long start = System.nanoTime();
        Exchange out = template.request(endpoint, e -> e.getMessage().setBody(prompt));
        Duration waited = Duration.ofNanos(System.nanoTime() - start);

        assertThat(out.getProperty(Exchange.EXCEPTION_CAUGHT)).isInstanceOf(SeedanceTimeoutException.class);
        assertThat(waited).isBetween(Duration.ofMillis(TIMEOUT_MILLIS),
                Duration.ofMillis(TIMEOUT_MILLIS + TOLERANCE_MILLIS));
        // never on the tracker's one thread, where a slow route would hold up every other deadline
        assertThat(out.getMessage().getHeader("caughtOn", String.class)).contains("SeedanceWorker");
    }
}
