package io.camelseedance.component;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRepository;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelseedance.api.SeedanceException;
import io.camelseedance.api.VideoTask;
import io.camelseedance.simulator.SeedanceSimulatorExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The shared task store, unreachable: at start, the context fails to start and says why; lost mid-run, the tasks in
 * flight are still followed and their waiters answered, creates are refused without sending anything, the readiness
 * check is DOWN; once it is back, what it missed is written, every task is emitted once, and creates go through.
 */
class TaskStoreOutageTest {

    @RegisterExtension
    static final SeedanceSimulatorExtension SIM = new SeedanceSimulatorExtension(SeedanceTestSupport.simulator()
            .queuedFor(Duration.ofMillis(100)).runningFor(Duration.ofMillis(100)));

    @RegisterExtension
    static final PostgresDatabase DB = new PostgresDatabase();

    private CamelContext context;

    @AfterEach
    void stop() throws Exception {
        DB.restore();
        if (context != null) {
            context.stop();
        }
    }

    private CamelContext context(javax.sql.DataSource dataSource) throws Exception {
        CamelContext context = new DefaultCamelContext();
        SeedanceComponent seedance = SeedanceTestSupport.component(SIM);
        seedance.setTaskStoreDataSource(dataSource);
        context.addComponent("seedance", seedance);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:wait").routeId("wait").to("seedance:generate?waitForCompletion=true");
                from("seedance:tasks?delay=100").routeId("emit").to("mock:done");
            }
        });
        return context;
    }

    @Test
    void anUnreachableStoreFailsTheStartWithItsReason() throws Exception {
        context = context(PostgresDatabase.unreachable());
        assertThatThrownBy(context::start)
                .hasStackTraceContaining("Seedance task store: cannot create the task store's tables")
                .hasStackTraceContaining("Connection to 127.0.0.1:")
                .satisfies(e -> assertThat(stackTrace(e)).doesNotContain("not-logged-s3cret"));
        assertThat(SIM.simulator().requests("POST", SeedanceTestSupport.TASKS)).isEmpty();
    }

    private static String stackTrace(Throwable e) {
        java.io.StringWriter out = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(out));
        return out.toString();
    }

    @Test
    void aStoreLostMidRunDropsNoTaskAndRefusesCreatesUntilItIsBack() throws Exception {
        context = context(DB.dataSource());
        context.start();
        MockEndpoint done = context.getEndpoint("mock:done", MockEndpoint.class);
        ProducerTemplate template = context.createProducerTemplate();
        // in flight while the store is lost: they end, and are waited for, during the outage
        List<CompletableFuture<Exchange>> waiting = IntStream.range(0, 5).mapToObj(i -> template.asyncSend(
                "direct:wait", e -> e.getMessage().setBody("clip " + i + " [sim:render=1500]"))).toList();
        await().atMost(Duration.ofSeconds(10)).until(() -> DB.rows("seedance_task") == 5);
        int createsBefore = SIM.simulator().requests("POST", SeedanceTestSupport.TASKS).size();

        DB.cutOff();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> context.getComponent("seedance", SeedanceComponent.class).tracker()
                        .storeProblem() != null);

        HealthCheck.Result down = readiness();
        assertThat(down.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(down.getMessage()).hasValueSatisfying(m -> assertThat(m).contains("task store unavailable"));

        Exchange refused = template.send("direct:wait", e -> e.getMessage().setBody("refused while the store is out"));
        assertThat(refused.getException()).isInstanceOf(SeedanceException.class)
                .hasMessageContaining("Not sent: the Seedance task store is unavailable");
        assertThat(SIM.simulator().requests("POST", SeedanceTestSupport.TASKS)).hasSize(createsBefore);

        // polls go on without the store: the waiting exchanges get their outcome
        for (CompletableFuture<Exchange> w : waiting) {
            Exchange e = w.get(20, TimeUnit.SECONDS);
            assertThat(e.getException()).isNull();
            assertThat(e.getMessage().getBody(VideoTask.class).isTerminal()).isTrue();
        }
        assertThat(done.getReceivedCounter()).as("nothing to emit from while the store is out").isZero();

        DB.restore();
        await().atMost(Duration.ofSeconds(10)).until(() -> readiness().getState() == HealthCheck.State.UP);
        done.expectedMessageCount(5);
        done.setResultWaitTime(10_000);
        done.assertIsSatisfied();
        await().atMost(Duration.ofSeconds(5)).until(() -> DB.rows("seedance_task") + DB.rows("seedance_outcome") == 0);

        Exchange accepted = template.send("direct:wait", e -> e.getMessage().setBody("after the outage"));
        assertThat(accepted.getException()).isNull();
        done.expectedMessageCount(6);
        done.assertIsSatisfied();
        assertThat(done.getReceivedExchanges()).extracting(e -> e.getMessage().getHeader(SeedanceConstants.TASK_ID))
                .doesNotHaveDuplicates();
    }

    private HealthCheck.Result readiness() {
        HealthCheckRepository producers = HealthCheckHelper.getHealthCheckRepository(context, "producers");
        producers.setEnabled(true);
        return producers.stream().filter(c -> c.getId().startsWith("producer:seedance")).findFirst()
                .orElseThrow().call();
    }
}
