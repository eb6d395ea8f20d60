package io.camelseedance.component;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelseedance.simulator.BearerToken;
import io.camelseedance.simulator.RecordedRequest;
import io.camelseedance.simulator.SeedanceSimulator;
import io.camelseedance.simulator.SeedanceSimulatorExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two accounts on one provider and base URL: each task is only ever read with the key that created it, and emitted
 * by the tasks consumer of its own account only, whether the producer waits for it or the consumer emits it. The
 * simulator accepts any key, so it is the recorded {@code Authorization} headers that tell which key read which task.
 */
class TwoAccountsTest extends CamelTestSupport {

    private static final String KEY_A = "account-a-key";
    private static final String KEY_B = "account-b-key";
    private static final int WAITED = 4;
    private static final int EMITTED_ONLY = 2;

    @RegisterExtension
    static final SeedanceSimulatorExtension SIM = new SeedanceSimulatorExtension(SeedanceSimulator.builder()
            .queuedFor(Duration.ofMillis(200)).runningFor(Duration.ofMillis(600)).serverThreads(16));

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        SeedanceComponent seedance = SeedanceTestSupport.component(SIM);
        seedance.getConfiguration().setApiKey(null); // each route names its account
        context.addComponent("seedance", seedance);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                for (String key : List.of(KEY_A, KEY_B)) {
                    from("direct:wait-" + key).to("seedance:generate?waitForCompletion=true&apiKey=" + key);
                    from("direct:submit-" + key).to("seedance:generate?apiKey=" + key);
                    from("seedance:tasks?delay=50&apiKey=" + key).to("mock:" + key);
                }
            }
        };
    }

    @Test
    void eachTaskIsReadWithItsOwnKeyAndEmittedToItsOwnAccount() throws Exception {
        // both accounts at once, so that their tasks are in flight together
        Map<CompletableFuture<Exchange>, String> waits = new HashMap<>();
        for (String key : List.of(KEY_A, KEY_B)) {
            for (int i = 0; i < WAITED; i++) {
                waits.put(template.asyncSend("direct:wait-" + key, e -> e.getMessage().setBody("a clip")), key);
            }
        }
        Map<String, String> ownerOf = new HashMap<>();
        for (String key : List.of(KEY_A, KEY_B)) {
            for (int i = 0; i < EMITTED_ONLY; i++) {
                ownerOf.put(taskId(template.request("direct:submit-" + key, e -> e.getMessage().setBody("a clip"))),
                        key);
            }
        }
        for (Map.Entry<CompletableFuture<Exchange>, String> wait : waits.entrySet()) {
            ownerOf.put(taskId(wait.getKey().get()), wait.getValue());
        }

        MockEndpoint a = getMockEndpoint("mock:" + KEY_A);
        MockEndpoint b = getMockEndpoint("mock:" + KEY_B);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> a.getReceivedCounter() + b.getReceivedCounter() >= ownerOf.size());
        assertThat(ids(a)).as("emitted to account A").isEqualTo(tasksOf(ownerOf, KEY_A));
        assertThat(ids(b)).as("emitted to account B").isEqualTo(tasksOf(ownerOf, KEY_B));
        assertThat(a.getReceivedCounter() + b.getReceivedCounter()).as("each once").isEqualTo(ownerOf.size());

        Map<String, Set<String>> readersOf = readers(ownerOf.keySet());
        assertThat(readersOf.keySet()).as("every task was read after its create").isEqualTo(ownerOf.keySet());
        readersOf.forEach((task, keys) -> assertThat(keys).as("keys that read " + task)
                .containsExactly(ownerOf.get(task)));
    }

    private static String taskId(Exchange out) {
        assertThat(out.getException()).isNull();
        return out.getMessage().getHeader(SeedanceConstants.TASK_ID, String.class);
    }

    private static Set<String> tasksOf(Map<String, String> ownerOf, String key) {
        return ownerOf.entrySet().stream().filter(e -> e.getValue().equals(key)).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    /** For each task, the keys of the reads (GET one, or list by ids) that named it. */
    private static Map<String, Set<String>> readers(Set<String> tasks) {
        Map<String, Set<String>> readers = new HashMap<>();
        for (RecordedRequest request : SIM.simulator().requests("GET", "/api/v3/contents/generations/tasks")) {
            Stream.concat(Stream.of(request.path().substring(request.path().lastIndexOf('/') + 1)),
                    request.queryParams().values().stream().flatMap(List::stream))
                    .filter(tasks::contains)
                    .forEach(task -> readers.computeIfAbsent(task, t -> new TreeSet<>())
                            .add(BearerToken.of(request)));
        }
        return readers;
    }

    private static Set<String> ids(MockEndpoint mock) {
        return mock.getReceivedExchanges().stream()
                .map(e -> e.getMessage().getHeader(SeedanceConstants.TASK_ID, String.class))
                .collect(Collectors.toSet());
    }
}
