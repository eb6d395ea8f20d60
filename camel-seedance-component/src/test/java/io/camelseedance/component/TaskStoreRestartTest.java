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
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.camelseedance.simulator.SeedanceSimulatorExtension;
import io.camelseedance.tracking.FileTaskStore;
import io.camelseedance.tracking.JdbcTaskStore;
import io.camelseedance.tracking.TaskStore;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a persistent store (files, or PostgreSQL), tasks in flight when the context stops are polled again after it
 * starts, and each outcome is emitted once; nothing is submitted twice, nothing is left in the store.
 */
class TaskStoreRestartTest {

    @RegisterExtension
    static final SeedanceSimulatorExtension SIM = new SeedanceSimulatorExtension(SeedanceTestSupport.simulator()
            .queuedFor(Duration.ofMillis(100)).runningFor(Duration.ofMillis(100)));

    @RegisterExtension
    static final PostgresDatabase DB = new PostgresDatabase();

    @TempDir
    Path directory;

    private void useStore(SeedanceComponent seedance, String kind) {
        if (kind.equals("file")) {
            seedance.setTaskStoreDirectory(directory.toString());
        } else {
            seedance.setTaskStoreDataSource(DB.dataSource());
        }
    }

    /** The store as a later reader sees it. */
    private TaskStore view(String kind) {
        return kind.equals("file") ? new FileTaskStore(directory) : new JdbcTaskStore(DB.dataSource());
    }

    private CamelContext context(String kind) throws Exception {
        CamelContext context = new DefaultCamelContext();
        SeedanceComponent seedance = SeedanceTestSupport.component(SIM);
        useStore(seedance, kind);
        context.addComponent("seedance", seedance);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:submit").to("seedance:generate");
                from("seedance:tasks?delay=100").to("mock:done");
            }
        });
        context.start();
        return context;
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "jdbc"})
    void tasksInFlightSurviveARestartAndAreEmittedOnce(String kind) throws Exception {
        CamelContext first = context(kind);
        ProducerTemplate template = first.createProducerTemplate();
        // long enough to be in flight when the context stops
        List<String> ids = IntStream.range(0, 5).mapToObj(i -> template.request("direct:submit",
                e -> e.getMessage().setBody("clip " + i + " [sim:render=3000]")).getMessage()
                .getHeader(SeedanceConstants.TASK_ID, String.class)).toList();
        assertThat(ids).doesNotContainNull().doesNotHaveDuplicates();
        first.stop();

        assertThat(view(kind).inFlight().all()).hasSize(5);
        int createsBefore = SIM.simulator().requests("POST", SeedanceTestSupport.TASKS).size();

        CamelContext second = context(kind);
        MockEndpoint done = second.getEndpoint("mock:done", MockEndpoint.class);
        done.expectedMessageCount(5);
        done.setResultWaitTime(15_000);
        done.assertIsSatisfied();
        second.stop();

        assertThat(done.getReceivedExchanges()).extracting(e -> e.getMessage().getHeader(SeedanceConstants.TASK_ID))
                .containsExactlyInAnyOrderElementsOf(ids);
        assertThat(SIM.simulator().requests("POST", SeedanceTestSupport.TASKS)).hasSize(createsBefore);
        assertThat(view(kind).inFlight().all()).isEmpty();
        assertThat(view(kind).outcomes().all()).isEmpty();
    }
}
