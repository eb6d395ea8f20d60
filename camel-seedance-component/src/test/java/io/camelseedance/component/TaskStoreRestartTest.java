package io.camelseedance.component;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import io.camelseedance.simulator.SeedanceSimulatorExtension;
import io.camelseedance.tracking.FileTaskStore;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the file store, tasks in flight when the context stops are polled again after it starts, and each outcome is
 * emitted once; nothing is submitted twice.
 */
class TaskStoreRestartTest {

    @RegisterExtension
    static final SeedanceSimulatorExtension SIM = new SeedanceSimulatorExtension(SeedanceTestSupport.simulator()
            .queuedFor(Duration.ofMillis(100)).runningFor(Duration.ofMillis(100)));

    @TempDir
    Path store;

    private CamelContext context(boolean withConsumer) throws Exception {
        CamelContext context = new DefaultCamelContext();
        SeedanceComponent seedance = SeedanceTestSupport.component(SIM);
        seedance.setTaskStoreDirectory(store.toString());
        context.addComponent("seedance", seedance);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:submit").to("seedance:generate");
                if (withConsumer) {
                    from("seedance:tasks?delay=100").to("mock:done");
                }
            }
        });
        context.start();
        return context;
    }

    @Test
    void tasksInFlightSurviveARestartAndAreEmittedOnce() throws Exception {
        CamelContext first = context(true);
        ProducerTemplate template = first.createProducerTemplate();
        // long enough to be in flight when the context stops
        List<String> ids = IntStream.range(0, 5).mapToObj(i -> template.request("direct:submit",
                e -> e.getMessage().setBody("clip " + i + " [sim:render=3000]")).getMessage()
                .getHeader(SeedanceConstants.TASK_ID, String.class)).toList();
        assertThat(ids).doesNotContainNull().doesNotHaveDuplicates();
        first.stop();

        assertThat(new FileTaskStore(store).inFlight().all()).hasSize(5);
        int createsBefore = SIM.simulator().requests("POST", SeedanceTestSupport.TASKS).size();

        CamelContext second = context(true);
        MockEndpoint done = second.getEndpoint("mock:done", MockEndpoint.class);
        done.expectedMessageCount(5);
        done.setResultWaitTime(15_000);
        done.assertIsSatisfied();
        second.stop();

        assertThat(done.getReceivedExchanges()).extracting(e -> e.getMessage().getHeader(SeedanceConstants.TASK_ID))
                .containsExactlyInAnyOrderElementsOf(ids);
        assertThat(SIM.simulator().requests("POST", SeedanceTestSupport.TASKS)).hasSize(createsBefore);
        assertThat(new FileTaskStore(store).inFlight().all()).isEmpty();
        assertThat(new FileTaskStore(store).outcomes().all()).isEmpty();
    }
}
