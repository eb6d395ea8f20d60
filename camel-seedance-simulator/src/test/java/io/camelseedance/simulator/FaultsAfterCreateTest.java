package io.camelseedance.simulator;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Faults that strike after the task was created: the client sees a 5xx or a cut connection, yet the task exists. A
 * client that re-sends creates is billed twice against these, and only against these.
 */
class FaultsAfterCreateTest {

    private static final String TASKS = "/api/v3/contents/generations/tasks";
    private static final String KEY = "key";

    private static SeedanceSimulator start(Faults faults) {
        return SeedanceSimulator.builder().apiKey(KEY).faults(faults).build().start();
    }

    private static String create() {
        return Bodies.textToVideo(Bodies.SEEDANCE_2_0, "a harbour at night");
    }

    /** The one task the simulator made, as its GET shows it. */
    private static JsonNode theOnlyTask(SeedanceSimulator sim) {
        List<String> created = sim.createdTaskIds();
        assertThat(created).hasSize(1);
        return sim.task(created.get(0)).orElseThrow();
    }

    @Test
    void serverErrorsAfterCreateAre500502And503AndEveryTaskExists() {
        try (SeedanceSimulator sim = start(Faults.builder().serverErrorsAfterCreate(1).build())) {
            ArkClient ark = new ArkClient(sim, KEY);
            Set<Integer> statuses = new HashSet<>();
            for (int i = 0; i < 30; i++) {
                HttpResponse<String> answer = ark.create(create());
                statuses.add(answer.statusCode());
                assertThat(ArkClient.json(answer).at("/error/type").asText()).isEqualTo("InternalServiceError");
            }
            assertThat(statuses).containsExactlyInAnyOrder(500, 502, 503);
            assertThat(sim.createdTaskIds()).hasSize(30);
            assertThat(sim.handledRequests("POST", TASKS)).hasSize(30);
            assertThat(sim.lostAfterCreate(TASKS)).hasSize(30);
            assertThat(sim.createdTaskIds()).allSatisfy(id -> assertThat(sim.task(id)).isPresent());
        }
    }

    @Test
    void aResetAfterCreateGetsNoAnswerButTheTaskRuns() {
        try (SeedanceSimulator sim = start(Faults.builder().connectionResetsAfterCreate(1).build())) {
            ArkClient ark = new ArkClient(sim, KEY);

            assertThatThrownBy(() -> ark.create(create())).isInstanceOf(UncheckedIOException.class);

            assertThat(theOnlyTask(sim).get("status").asText()).isEqualTo("queued");
            assertThat(sim.lostAfterCreate(TASKS)).hasSize(1);
        }
    }

    @Test
    void requestsThatCreateNothingAreLeftAlone() {
        try (SeedanceSimulator sim = start(Faults.builder().serverErrorsAfterCreate(0.5)
                .connectionResetsAfterCreate(0.5).build())) {
            ArkClient ark = new ArkClient(sim, KEY);

            for (int i = 0; i < 10; i++) {
                assertThat(ark.get(ArkClient.TASKS).statusCode()).isEqualTo(200);
                assertThat(ark.create(Bodies.textToVideo(Bodies.SEEDANCE_2_0, "[sim:reject=InputTextRisk]"))
                        .statusCode()).isEqualTo(400);
            }
            assertThat(sim.createdTaskIds()).isEmpty();
            assertThat(sim.lostAfterCreate("/")).isEmpty();
        }
    }

    @Test
    void failNextAfterCreateCountsOnlyCreatesThatMadeATask() {
        try (SeedanceSimulator sim = start(Faults.NONE)) {
            ArkClient ark = new ArkClient(sim, KEY);
            sim.failNextAfterCreate(TASKS, 503, 1);

            HttpResponse<String> refused = ark.create(Bodies.textToVideo("no-such-model", "a harbour"));
            HttpResponse<String> lost = ark.create(create());
            HttpResponse<String> answered = ark.create(create());

            assertThat(refused.statusCode()).isEqualTo(404);
            assertThat(lost.statusCode()).isEqualTo(503);
            assertThat(ArkClient.json(lost).at("/error/code").asText()).isEqualTo("ServerOverloaded");
            assertThat(answered.statusCode()).isEqualTo(200);
            assertThat(sim.createdTaskIds()).hasSize(2)
                    .endsWith(ArkClient.json(answered).get("id").asText());
            assertThat(sim.lostAfterCreate(TASKS)).hasSize(1);
        }
    }

    @Test
    void aResetCreateOnApiMartIsCollapsedWithItsKeyedResend() {
        try (SeedanceSimulator sim = start(Faults.NONE)) {
            GatewayClient apiMart = new GatewayClient(sim.baseUrl("apimart"), KEY);
            sim.resetNextAfterCreate("/apimart/", 1);
            String body = "{'model':'doubao-seedance-2.0','prompt':'a kite'}";

            assertThatThrownBy(() -> apiMart.create(body, "key-1")).isInstanceOf(UncheckedIOException.class);
            HttpResponse<String> resent = apiMart.create(body, "key-1");

            assertThat(resent.statusCode()).isEqualTo(200);
            assertThat(resent.headers().firstValue("Idempotent-Replayed")).hasValue("true");
            assertThat(sim.createdTaskIds()).hasSize(1);
            assertThat(sim.handledRequests("POST", "/apimart/")).hasSize(2);
            assertThat(sim.lostAfterCreate("/apimart/")).hasSize(1);
        }
    }

    @Test
    void thePromptAsksForALostAnswerThroughAnyProvider() {
        try (SeedanceSimulator sim = start(Faults.NONE)) {
            ArkClient ark = new ArkClient(sim, KEY);
            GatewayClient evoLink = new GatewayClient(sim.baseUrl("evolink"), KEY);

            HttpResponse<String> arkAnswer = ark.create(
                    Bodies.textToVideo(Bodies.SEEDANCE_2_0, "a harbour [sim:afterCreate=502]"));
            HttpResponse<String> evoLinkAnswer = evoLink.create(
                    "{'model':'seedance-2.0-text-to-video','prompt':'a harbour [sim:afterCreate=500]'}");
            assertThatThrownBy(() -> ark.create(
                    Bodies.textToVideo(Bodies.SEEDANCE_2_0, "a harbour [sim:delay=200][sim:afterCreate=reset]")))
                    .isInstanceOf(UncheckedIOException.class);

            assertThat(arkAnswer.statusCode()).isEqualTo(502);
            assertThat(evoLinkAnswer.statusCode()).isEqualTo(500);
            assertThat(GatewayClient.json(evoLinkAnswer).at("/error/type").asText())
                    .isEqualTo("internal_server_error");
            assertThat(sim.createdTaskIds()).hasSize(3)
                    .allSatisfy(id -> assertThat(sim.task(id)).isPresent());
            assertThat(sim.lostAfterCreate("/")).hasSize(3);
        }
    }

    @Test
    void ratesOfFaultsAfterCreateCountTowardsOne() {
        assertThatThrownBy(() -> Faults.builder().serverErrors(0.5).serverErrorsAfterCreate(0.3)
                .connectionResetsAfterCreate(0.3).build()).isInstanceOf(IllegalArgumentException.class);
        assertThat(Faults.builder().connectionResetsAfterCreate(0.1).build().any()).isTrue();
    }
}
