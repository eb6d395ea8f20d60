package io.camelseedance.component;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.zaxxer.hikari.HikariDataSource;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelseedance.api.TaskStatus;
import io.camelseedance.api.VideoTask;
import io.camelseedance.simulator.SeedanceSimulatorExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances (two Camel contexts, each with its own component, pool and instance id) sharing one PostgreSQL, as two
 * replicas of one integration: a callback that reaches the instance which did not submit the task completes the
 * exchange waiting in the other within about a second; callbacks and account listings seen by both instances are
 * emitted by one of them, once.
 */
class ClusterEmissionTest {

    @RegisterExtension
    static final SeedanceSimulatorExtension SIM = new SeedanceSimulatorExtension(SeedanceTestSupport.simulator()
            .queuedFor(Duration.ofMillis(200)).runningFor(Duration.ofMillis(300)));

    @RegisterExtension
    static final PostgresDatabase DB = new PostgresDatabase();

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<HikariDataSource> pools = new ArrayList<>();
    private Instance a;
    private Instance b;

    /** One replica: its own HTTP server for callbacks, its own component and pool over the shared database. */
    private record Instance(CamelContext context, int port) {
        MockEndpoint mock(String name) {
            return context.getEndpoint("mock:" + name, MockEndpoint.class);
        }
    }

    @BeforeEach
    void startTwoInstances() throws Exception {
        // each asks for its callbacks at the other: a callback always reaches the instance that did not submit
        int portA = AvailablePortFinder.getNextAvailable();
        int portB = AvailablePortFinder.getNextAvailable();
        a = instance(portA, portB);
        b = instance(portB, portA);
    }

    @AfterEach
    void stopThem() throws Exception {
        for (Instance i : new Instance[]{a, b}) {
            if (i != null) {
                i.context().stop();
            }
        }
        pools.forEach(HikariDataSource::close);
    }

    private Instance instance(int port, int callbacksTo) throws Exception {
        CamelContext context = new DefaultCamelContext();
        CallbackTestSupport.addLoopbackHttpServer(context, port);
        SeedanceComponent seedance = SeedanceTestSupport.component(SIM);
        seedance.getConfiguration().setCallbackToken(CallbackTestSupport.TOKEN);
        seedance.getConfiguration().setCallbackBaseUrl("http://127.0.0.1:" + callbacksTo);
        HikariDataSource pool = DB.pool(4);
        pools.add(pool);
        seedance.setTaskStoreDataSource(pool);
        context.addComponent("seedance", seedance);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // polls so rarely that only a callback can end the wait within the test
                from("direct:wait").to("seedance:generate?waitForCompletion=true&pollDelay=60s");
                from("direct:submit").to("seedance:generate");
                from("seedance:callback").routeId("callbacks").to("mock:callbacks");
                from("seedance:tasks?mode=account&delay=100").routeId("account").to("mock:account");
            }
        });
        context.start();
        return new Instance(context, port);
    }

    @Test
    void aCallbackAtOneInstanceCompletesTheExchangeWaitingInTheOtherWithinASecond() throws Exception {
        Exchange waited = a.context().createProducerTemplate().request("direct:wait",
                e -> e.getMessage().setBody("A sailing ship at dawn"));
        long completedAt = System.currentTimeMillis();

        assertThat(waited.getException()).isNull();
        VideoTask task = waited.getMessage().getBody(VideoTask.class);
        assertThat(task.status()).isEqualTo(TaskStatus.SUCCEEDED);
        MockEndpoint atB = b.mock("callbacks");
        await().atMost(Duration.ofSeconds(5)).until(() -> atB.getReceivedCounter() == 1);
        long emittedAtB = atB.getReceivedExchanges().get(0).getClock().getCreated();
        long lagMillis = completedAt - emittedAtB;
        System.out.printf("Callback at instance B, waiting exchange at A completed %d ms after B had it%n",
                lagMillis);
        assertThat(lagMillis).as("ms from the callback at B to the end of the wait at A").isLessThan(1500);
        assertThat(a.mock("callbacks").getReceivedCounter()).as("A received no callback").isZero();

        // the provider delivers the callback again, to the other replica: nobody emits it a second time
        HttpResponse<String> again = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + a.port()
                + CallbackAddress.DEFAULT_PATH + "/" + CallbackTestSupport.TOKEN))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(SIM.simulator().task(task.id()).orElseThrow().toString()))
                .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(200);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> a.mock("callbacks").getReceivedCounter() + atB.getReceivedCounter() == 1);
    }

    @Test
    void anAccountListingSeenByBothInstancesIsEmittedOnce() {
        List<String> ids = IntStream.range(0, 10).mapToObj(i -> a.context().createProducerTemplate()
                .requestBody("direct:submit", "clip " + i, VideoTask.class).id()).toList();

        await().atMost(Duration.ofSeconds(20))
                .until(() -> emitted(ids).keySet().containsAll(ids));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> emitted(ids).values().stream().allMatch(n -> n == 1));
        System.out.printf("Account listing: %d tasks emitted by A, %d by B%n", count(a, ids), count(b, ids));
    }

    private Map<String, Long> emitted(List<String> ids) {
        return Stream.of(a, b).flatMap(i -> i.mock("account").getReceivedExchanges().stream())
                .map(e -> e.getMessage().getHeader(SeedanceConstants.TASK_ID, String.class)).filter(ids::contains)
                .collect(Collectors.groupingBy(id -> id, Collectors.counting()));
    }

    private static long count(Instance i, List<String> ids) {
        return i.mock("account").getReceivedExchanges().stream()
                .filter(e -> ids.contains(e.getMessage().getHeader(SeedanceConstants.TASK_ID, String.class))).count();
    }
}
