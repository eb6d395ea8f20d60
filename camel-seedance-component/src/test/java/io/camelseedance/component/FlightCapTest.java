package io.camelseedance.component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultExchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelseedance.simulator.SeedanceSimulatorExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A thousand creates against a cap of ten tasks in flight: the simulator never runs more than ten at once, every
 * create is sent once and every task ends, and the producer parks the waiting exchanges without holding a thread.
 */
class FlightCapTest extends CamelTestSupport {

    private static final int CREATES = 1000;
    private static final int CAP = 10;

    @RegisterExtension
    static final SeedanceSimulatorExtension SIM = new SeedanceSimulatorExtension(SeedanceTestSupport.simulator()
            .queuedFor(Duration.ofMillis(10)).runningFor(Duration.ofMillis(30)).serverThreads(8));

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        SeedanceComponent seedance = SeedanceTestSupport.component(SIM);
        seedance.getConfiguration().setPollDelay(20);
        seedance.getConfiguration().setPollMaxDelay(50);
        seedance.setTrackerTick(10);
        context.addComponent("seedance", seedance);
        return context;
    }

    @Test
    void aThousandCreatesNeverExceedTheCapAtTheProviderAndAllFinish() throws Exception {
        AsyncProducer producer = context.getEndpoint("seedance:generate?maxTasksInFlight=" + CAP
                + "&slotWaitTimeout=300000").createAsyncProducer();
        producer.start();
        AtomicInteger done = new AtomicInteger();
        ConcurrentLinkedQueue<Exception> failures = new ConcurrentLinkedQueue<>();
        List<Boolean> synchronous = new ArrayList<>();
        // all from this one thread: a producer that held a thread while waiting for a slot would hang at the 11th
        for (int i = 0; i < CREATES; i++) {
            Exchange exchange = new DefaultExchange(context);
            exchange.getMessage().setBody("clip " + i);
            synchronous.add(producer.process(exchange, doneSync -> {
                if (exchange.getException() != null) {
                    failures.add(exchange.getException());
                }
                done.incrementAndGet();
            }));
        }
        assertThat(synchronous).as("every exchange goes on asynchronously").containsOnly(false);
        await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(done.get()).isEqualTo(CREATES));
        assertThat(failures).isEmpty();
        assertThat(SIM.simulator().createdTaskIds()).hasSize(CREATES).doesNotHaveDuplicates();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(SIM.simulator().liveTasks().now())
                .isZero());
        assertThat(SIM.simulator().liveTasks().peak()).isBetween(2, CAP);
        producer.stop();
    }
}
