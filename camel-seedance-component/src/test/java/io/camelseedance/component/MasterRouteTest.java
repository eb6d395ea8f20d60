package io.camelseedance.component;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.zaxxer.hikari.HikariDataSource;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import io.camelseedance.api.VideoTask;
import io.camelseedance.simulator.SeedanceSimulatorExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Camel's own leader election in front of the consumer: {@code master:seedance:seedance:tasks} with a cluster service
 * (here the file one; on Kubernetes the Kubernetes one). Only the leader's consumer runs; when the leader stops, the
 * other instance takes over, and with the shared store it does not emit again what the first one emitted.
 */
class MasterRouteTest {

    @RegisterExtension
    static final SeedanceSimulatorExtension SIM = new SeedanceSimulatorExtension(SeedanceTestSupport.simulator()
            .queuedFor(Duration.ofMillis(100)).runningFor(Duration.ofMillis(200)));

    @RegisterExtension
    static final PostgresDatabase DB = new PostgresDatabase();

    @TempDir
    Path cluster;

    private CamelContext first;
    private CamelContext second;
    private HikariDataSource firstPool;
    private HikariDataSource secondPool;

    @AfterEach
    void stop() throws Exception {
        for (CamelContext c : new CamelContext[]{first, second}) {
            if (c != null) {
                c.stop();
            }
        }
        firstPool.close();
        secondPool.close();
    }

    private CamelContext instance(HikariDataSource pool) throws Exception {
        CamelContext context = new DefaultCamelContext();
        FileLockClusterService clusterService = new FileLockClusterService();
        clusterService.setRoot(cluster.toString());
        clusterService.setAcquireLockDelay(1);
        clusterService.setAcquireLockInterval(1);
        context.addService(clusterService);
        SeedanceComponent seedance = SeedanceTestSupport.component(SIM);
        seedance.setTaskStoreDataSource(pool);
        context.addComponent("seedance", seedance);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:submit").to("seedance:generate");
                from("master:seedance-tasks:seedance:tasks?mode=account&delay=100").routeId("account")
                        .to("mock:emitted");
            }
        });
        context.start();
        return context;
    }

    @Test
    void onlyTheLeaderEmitsAndTheOtherTakesOverWithoutRepeatingIt() throws Exception {
        firstPool = DB.pool(4);
        secondPool = DB.pool(4);
        first = instance(firstPool);
        await().atMost(Duration.ofSeconds(10)).until(() -> leads(first));
        second = instance(secondPool);

        List<String> before = submit(first, 5);
        await().atMost(Duration.ofSeconds(15)).until(() -> emitted(first).keySet().containsAll(before));
        assertThat(leads(second)).isFalse();
        assertThat(emitted(second)).as("the follower's consumer does not run").isEmpty();

        Map<String, Long> byFirst = emitted(first); // a stopped context forgets what its mocks received
        first.stop(); // the leader goes away: the follower takes the lead
        await().atMost(Duration.ofSeconds(15)).until(() -> leads(second));
        List<String> after = submit(second, 5);
        await().atMost(Duration.ofSeconds(15)).until(() -> emitted(second).keySet().containsAll(after));

        Map<String, Long> all = Stream.of(byFirst, emitted(second)).flatMap(m -> m.entrySet().stream())
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.summingLong(Map.Entry::getValue)));
        assertThat(all.keySet()).containsAll(before).containsAll(after);
        assertThat(all.values()).as("each task once over both").allSatisfy(n -> assertThat(n).isEqualTo(1L));
        assertThat(emitted(second).keySet()).as("the new leader does not repeat the old one's")
                .doesNotContainAnyElementsOf(before);
    }

    private static boolean leads(CamelContext context) {
        return context.getRoute("account").getConsumer() != null && context.getRouteController()
                .getRouteStatus("account").isStarted()
                && ((org.apache.camel.component.master.MasterConsumer) context
                        .getRoute("account").getConsumer()).isMaster();
    }

    private static List<String> submit(CamelContext context, int count) {
        return IntStream.range(0, count).mapToObj(i -> context.createProducerTemplate()
                .requestBody("direct:submit", "master clip " + i, VideoTask.class).id()).toList();
    }

    private static MockEndpoint mock(CamelContext context) {
        return context.getEndpoint("mock:emitted", MockEndpoint.class);
    }

    private static Map<String, Long> emitted(CamelContext context) {
        return mock(context).getReceivedExchanges().stream()
                .map(e -> e.getMessage().getHeader(SeedanceConstants.TASK_ID, String.class))
                .collect(Collectors.groupingBy(id -> id, Collectors.counting()));
    }
}
