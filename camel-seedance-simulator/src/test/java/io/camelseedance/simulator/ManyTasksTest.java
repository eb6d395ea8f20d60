package io.camelseedance.simulator;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Ten thousand tasks in flight must not need a thread each: the simulator backs load tests of the component. */
class ManyTasksTest {

    private static final int TASKS = 10_000;

    @RegisterExtension
    static final SeedanceSimulatorExtension SIM = new SeedanceSimulatorExtension(SeedanceSimulator.builder()
            .queuedFor(Duration.ofMillis(500))
            .runningFor(Duration.ofMillis(500)));

    @Test
    void carriesTenThousandTasksOnAFewThreads() {
        ArkClient ark = new ArkClient(SIM.simulator(), "key");
        Semaphore inFlight = new Semaphore(64);
        List<CompletableFuture<HttpResponse<String>>> creates = new ArrayList<>();
        for (int i = 0; i < TASKS; i++) {
            inFlight.acquireUninterruptibly();
            creates.add(ark.createAsync(Bodies.textToVideo(Bodies.SEEDANCE_2_0, "clip " + i))
                    .whenComplete((response, error) -> inFlight.release()));
        }
        CompletableFuture.allOf(creates.toArray(CompletableFuture[]::new)).join();

        assertThat(creates).allMatch(create -> create.join().statusCode() == 200);
        assertThat(simulatorThreads()).isLessThanOrEqualTo(8 + 2 + 2);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> total(ark, "?filter.status=succeeded&page_size=1") == TASKS);
    }

    private static int total(ArkClient ark, String query) {
        return ArkClient.json(ark.get(ArkClient.TASKS + query)).get("total").asInt();
    }

    private static long simulatorThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith("seedance-sim-" + SIM.simulator().port() + "-"))
                .count();
    }
}
