package io.camelseedance.simulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The faults of {@link SeedanceSimulator.Builder#faults(Faults)}, each at rate 1. */
class FaultsTest {

    private static final String TASKS = "/api/v3/contents/generations/tasks";
    private final HttpClient http = HttpClient.newHttpClient();

    private static SeedanceSimulator start(Faults faults) {
        return SeedanceSimulator.builder().apiKey("key").retryAfterSeconds(3).faults(faults).build().start();
    }

    private HttpResponse<String> create(SeedanceSimulator sim) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(sim.baseUrl("byteplus") + "/contents/generations/tasks"))
                .header("Authorization", "Bearer key").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        Bodies.textToVideo(Bodies.SEEDANCE_2_0, "a harbour at night")))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void throttledRequestsGet429WithRetryAfterAndCreateNothing() throws Exception {
        try (SeedanceSimulator sim = start(Faults.builder().throttled(1).build())) {
            HttpResponse<String> answer = create(sim);
            assertThat(answer.statusCode()).isEqualTo(429);
            assertThat(answer.headers().firstValue("Retry-After")).hasValue("3");
            assertThat(sim.createdTaskIds()).isEmpty();
            assertThat(sim.handledRequests("POST", TASKS)).isEmpty();
            assertThat(sim.requests("POST", TASKS)).hasSize(1);
        }
    }

    @Test
    void serverErrorsAre500502And503AndCreateNothing() throws Exception {
        try (SeedanceSimulator sim = start(Faults.builder().serverErrors(1).build())) {
            Set<Integer> statuses = new HashSet<>();
            for (int i = 0; i < 30; i++) {
                statuses.add(create(sim).statusCode());
            }
            assertThat(statuses).containsExactlyInAnyOrder(500, 502, 503);
            assertThat(sim.createdTaskIds()).isEmpty();
        }
    }

    @Test
    void aResetConnectionGetsNoAnswerAndCreatesNothing() {
        try (SeedanceSimulator sim = start(Faults.builder().connectionResets(1).build())) {
            assertThatThrownBy(() -> create(sim)).isInstanceOf(IOException.class);
            assertThat(sim.createdTaskIds()).isEmpty();
        }
    }

    @Test
    void aSlowAnswerComesLateButTheTaskExists() throws Exception {
        try (SeedanceSimulator sim = start(Faults.builder().slowResponses(1, Duration.ofMillis(600)).build())) {
            long start = System.nanoTime();
            HttpResponse<String> answer = create(sim);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(600));
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(sim.createdTaskIds()).hasSize(1);
        }
    }

    @Test
    void aCutOffAnswerIsNoJsonButTheTaskExists() throws Exception {
        try (SeedanceSimulator sim = start(Faults.builder().malformedJson(1).build())) {
            HttpResponse<String> answer = create(sim);
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThatThrownBy(() -> new ObjectMapper().readTree(answer.body())).isInstanceOf(IOException.class);
            assertThat(sim.createdTaskIds()).hasSize(1);
            assertThat(sim.handledRequests("POST", TASKS)).hasSize(1);
        }
    }

    @Test
    void theSameSeedDrawsTheSameFaults() {
        List<Faults.RequestFault> first = draws(everyRequestFault());
        List<Faults.RequestFault> second = draws(everyRequestFault());
        assertThat(first).isEqualTo(second).contains(Faults.RequestFault.values());
        Faults callbacks = Faults.builder().duplicateCallbacks(0.25).reorderedCallbacks(0.25)
                .lateCallbacks(0.25, Duration.ofSeconds(1)).lostCallbacks(0.25).build();
        assertThat(IntStream.range(0, 200).mapToObj(i -> callbacks.nextCallback()).distinct())
                .containsExactlyInAnyOrder(Faults.CallbackFault.DUPLICATE, Faults.CallbackFault.REORDER,
                        Faults.CallbackFault.LATE, Faults.CallbackFault.NEVER);
    }

    @Test
    void ratesAreFractionsThatAddUpToAtMostOne() {
        assertThatThrownBy(() -> Faults.builder().throttled(1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Faults.builder().throttled(0.6).serverErrors(0.6).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Faults.NONE.any()).isFalse();
    }

    private static Faults everyRequestFault() {
        return Faults.builder().seed(7).throttled(0.15).serverErrors(0.15).connectionResets(0.1)
                .slowResponses(0.1, Duration.ofSeconds(1)).malformedJson(0.1).serverErrorsAfterCreate(0.15)
                .connectionResetsAfterCreate(0.1).build();
    }

    private static List<Faults.RequestFault> draws(Faults faults) {
        return IntStream.range(0, 500).mapToObj(i -> faults.nextRequest()).toList();
    }
}
