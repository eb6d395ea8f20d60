package io.camelseedance.component;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.zaxxer.hikari.HikariDataSource;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelseedance.api.TaskStatus;
import io.camelseedance.api.VideoTask;
import io.camelseedance.simulator.RecordedRequest;
import io.camelseedance.simulator.SeedanceSimulatorExtension;

import static io.camelseedance.component.SeedanceTestSupport.TASKS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Three instances (three Camel contexts, each with its own component and pool) sharing one PostgreSQL, each waiting
 * for tasks it created: the provider is read for all of them by one instance, so a round's tasks are read in one list
 * call rather than one per instance. Counted at the simulator, from the ids each list call asked for.
 */
class SharedReadsTest {

    private static final int INSTANCES = 3;
    private static final int TASKS_EACH = 20;

    @RegisterExtension
    static final SeedanceSimulatorExtension SIM = new SeedanceSimulatorExtension(SeedanceTestSupport.simulator()
            .queuedFor(Duration.ofSeconds(1)).runningFor(Duration.ofSeconds(4)));

    @RegisterExtension
    static final PostgresDatabase DB = new PostgresDatabase();

    private final List<CamelContext> contexts = new ArrayList<>();
    private final List<HikariDataSource> pools = new ArrayList<>();

    @AfterEach
    void stopThem() throws Exception {
        for (CamelContext context : contexts) {
            context.stop();
        }
        pools.forEach(HikariDataSource::close);
    }

    @Test
    void theTasksOfThreeInstancesAreReadTogetherOnePartialBatchARound() throws Exception {
        for (int i = 0; i < INSTANCES; i++) {
            contexts.add(instance());
        }
        // one of them reads for all once each has synced with the store after its client was registered
        await().atMost(Duration.ofSeconds(10)).until(() -> readers() == 1);
        SIM.simulator().clearRequests();

        Map<String, Integer> creator = new HashMap<>();
        List<CompletableFuture<VideoTask>> waits = new ArrayList<>();
        for (int i = 0; i < INSTANCES; i++) {
            for (int n = 0; n < TASKS_EACH; n++) {
                waits.add(contexts.get(i).createProducerTemplate().asyncRequestBody("direct:wait",
                        "instance " + i + " clip " + n, VideoTask.class));
            }
        }
        for (int i = 0; i < waits.size(); i++) {
            VideoTask task = waits.get(i).get(60, TimeUnit.SECONDS);
            assertThat(task.status()).isEqualTo(TaskStatus.SUCCEEDED);
            creator.put(task.id(), i / TASKS_EACH);
        }

        List<RecordedRequest> listCalls = SIM.simulator().requests("GET", TASKS).stream()
                .filter(r -> r.queryParams().containsKey("filter.task_ids")).toList();
        // the rounds are on a shared clock, one a second: the seconds in which a list call came
        Set<Long> rounds = listCalls.stream().map(r -> r.receivedAt().getEpochSecond()).collect(Collectors.toSet());
        long mixed = listCalls.stream().filter(r -> r.queryParams().get("filter.task_ids").stream()
                .map(creator::get).distinct().count() == INSTANCES).count();
        System.out.printf("%d tasks of %d instances: %d list calls in %d rounds, %d asking for tasks of all three;"
                + " %d creates%n", creator.size(), INSTANCES, listCalls.size(), rounds.size(), mixed,
                SIM.simulator().createdTaskIds().size());

        assertThat(creator).hasSize(INSTANCES * TASKS_EACH);
        assertThat(SIM.simulator().createdTaskIds()).as("each task created once").hasSize(INSTANCES * TASKS_EACH);
        assertThat(mixed).as("list calls asking for the tasks of all three instances at once").isPositive();
        // read per instance, each round would cost a call per instance (3 x rounds); read by one, a call a round
        // (60 ids < 100), plus a round split by a task's first look coming while its holder had not synced yet
        assertThat(listCalls).as("list calls for %s rounds", rounds.size()).hasSizeLessThanOrEqualTo(rounds.size() + 2);
    }

    @Test
    void anExchangeWaitsOnAtAnInstanceWhoseTaskAnotherTookOver() throws Exception {
        contexts.add(instance());
        await().atMost(Duration.ofSeconds(10)).until(() -> readers() == 1);
        CamelContext holder = instance();
        contexts.add(holder);
        CompletableFuture<VideoTask> wait = holder.createProducerTemplate().asyncRequestBody("direct:wait",
                "a kite over the dunes", VideoTask.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> DB.rows("seedance_task") == 1);

        // as if the holder had stalled for a whole lease and another instance had taken its task over then died too:
        // the row free to take, which the reader does at its next sync, the holder unable to renew it
        try (Connection c = DB.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE seedance_task SET holder = 'stalled-away', lease_until = now() - INTERVAL '1"
                    + " second'");
        }

        // the reader finishes the task as its own now; the holder notices at its next renewal and reads it itself
        assertThat(wait.get(60, TimeUnit.SECONDS).status()).isEqualTo(TaskStatus.SUCCEEDED);
    }

    private static long readers() throws Exception {
        return DB.rows("seedance_reader");
    }

    private CamelContext instance() throws Exception {
        CamelContext context = new DefaultCamelContext();
        SeedanceComponent seedance = SeedanceTestSupport.component(SIM);
        seedance.setTaskLease(3000);
        seedance.getConfiguration().setCompletionTimeout(120_000);
        seedance.getConfiguration().setPollDelay(1000);
        seedance.getConfiguration().setPollMaxDelay(1000);
        HikariDataSource pool = DB.pool(4);
        pools.add(pool);
        seedance.setTaskStoreDataSource(pool);
        context.addComponent("seedance", seedance);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:wait").to("seedance:generate?waitForCompletion=true");
            }
        });
        context.start();
        return context;
    }
}
