package io.camelseedance.component;

import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.AsyncProducer;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelseedance.simulator.SeedanceSimulatorExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A cap on tasks in flight shared by two replicas through the PostgreSQL task store: the simulator never runs more
 * than the cap at once, though each replica alone would allow the cap; every create is sent once and ends.
 */
class SharedFlightCapTest {

    private static final int CAP = 4;
    private static final int CREATES_EACH = 40;

    @RegisterExtension
    static final SeedanceSimulatorExtension SIM = new SeedanceSimulatorExtension(SeedanceTestSupport.simulator()
            .queuedFor(Duration.ofMillis(20)).runningFor(Duration.ofMillis(60)).serverThreads(8));

    @RegisterExtension
    static final PostgresDatabase DB = new PostgresDatabase();

    @Test
    void twoReplicasTogetherNeverExceedTheCapAtTheProviderAndAllFinish() throws Exception {
        try (Replicas replicas = new Replicas(2, SIM, DB, seedance -> {
            seedance.getConfiguration().setPollDelay(20);
            seedance.getConfiguration().setPollMaxDelay(50);
            seedance.setTrackerTick(10);
        })) {
            AtomicInteger done = new AtomicInteger();
            ConcurrentLinkedQueue<Exception> failures = new ConcurrentLinkedQueue<>();
            for (int r = 0; r < replicas.size(); r++) {
                AsyncProducer producer = replicas.get(r).getEndpoint("seedance:generate?maxTasksInFlight=" + CAP
                        + "&slotWaitTimeout=120000").createAsyncProducer();
                producer.start();
                for (int i = 0; i < CREATES_EACH; i++) {
                    Exchange exchange = new DefaultExchange(replicas.get(r));
                    exchange.getMessage().setBody("replica " + r + " clip " + i);
                    assertThat(producer.process(exchange, doneSync -> {
                        if (exchange.getException() != null) {
                            failures.add(exchange.getException());
                        }
                        done.incrementAndGet();
                    })).as("goes on asynchronously").isFalse();
                }
            }
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
                    .untilAsserted(() -> assertThat(done.get()).isEqualTo(2 * CREATES_EACH));
            assertThat(failures).isEmpty();
            assertThat(SIM.simulator().createdTaskIds()).hasSize(2 * CREATES_EACH).doesNotHaveDuplicates();
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(SIM.simulator().liveTasks().now()).isZero());
            System.out.printf("Shared cap of %d across two replicas: at most %d tasks live at the simulator%n", CAP,
                    SIM.simulator().liveTasks().peak());
            assertThat(SIM.simulator().liveTasks().peak()).isBetween(2, CAP);
        }
    }
}
