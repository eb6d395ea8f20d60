package io.camelseedance.simulator;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FailNextTest {

    @RegisterExtension
    final SeedanceSimulatorExtension sim = new SeedanceSimulatorExtension(
            SeedanceSimulator.builder().retryAfterSeconds(7));

    private ArkClient ark() {
        return new ArkClient(sim.simulator(), "key");
    }

    @Test
    void failsTheNextCreatesWith429AndRetryAfterWithoutCreatingTasks() {
        ArkClient ark = ark();
        sim.simulator().failNext("POST", "/api/v3/contents/generations/tasks", 429, 2);
        String body = Bodies.textToVideo(Bodies.SEEDANCE_2_0, "a harbour at night");

        HttpResponse<String> first = ark.create(body);
        HttpResponse<String> second = ark.create(body);
        HttpResponse<String> third = ark.create(body);

        for (HttpResponse<String> limited : List.of(first, second)) {
            assertThat(limited.statusCode()).isEqualTo(429);
            assertThat(limited.headers().firstValue("Retry-After")).hasValue("7");
            JsonNode error = ArkClient.json(limited).get("error");
            assertThat(error.get("type").asText()).isEqualTo("TooManyRequests");
            assertThat(error.get("code").asText()).isEqualTo("RateLimitExceeded.EndpointRPMExceeded");
            assertThat(error.get("message").asText())
                    .endsWith("Request id: " + limited.headers().firstValue("X-Request-Id").orElseThrow());
        }
        assertThat(third.statusCode()).isEqualTo(200);
        assertThat(ArkClient.json(ark.get(ArkClient.TASKS)).get("total").asInt()).isEqualTo(1);
        assertThat(sim.simulator().requests("POST", "/api/v3/contents")).hasSize(3);
    }

    @Test
    void failsOnlyMatchingMethodAndPath() {
        ArkClient ark = ark();
        String id = ark.createWithPrompt("a field of tulips");
        sim.simulator().failNext("get", "/api/v3/contents/generations/tasks/", 503, 1);

        HttpResponse<String> list = ark.get(ArkClient.TASKS);
        HttpResponse<String> unavailable = ark.get(ArkClient.TASKS + "/" + id);
        HttpResponse<String> recovered = ark.get(ArkClient.TASKS + "/" + id);

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(unavailable.statusCode()).isEqualTo(503);
        assertThat(unavailable.headers().firstValue("Retry-After")).isEmpty();
        JsonNode error = ArkClient.json(unavailable).get("error");
        assertThat(error.get("type").asText()).isEqualTo("InternalServiceError");
        assertThat(error.get("code").asText()).isEqualTo("ServerOverloaded");
        assertThat(recovered.statusCode()).isEqualTo(200);
    }

    @Test
    void failsDownloadsToo() {
        sim.simulator().failNext("GET", "/files/", 500, 1);

        HttpResponse<byte[]> response = ark().download(sim.simulator().baseUri() + "/files/anything.mp4");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(sim.simulator().requests("GET", "/files/")).hasSize(1);
    }

    @Test
    void refusesNonErrorStatuses() {
        assertThatThrownBy(() -> sim.simulator().failNext("GET", "/", 200, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sim.simulator().failNext("GET", "/", 500, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unknownPathsAndMethodsGetArkErrors() {
        ArkClient ark = ark();

        HttpResponse<String> unknownPath = ark.get("/chat/completions");
        HttpResponse<byte[]> outsideApi = ark.download(sim.simulator().baseUri() + "/v2/videos/generations");
        HttpResponse<String> wrongMethod = ark.send(ark.request(ArkClient.TASKS).PUT(
                HttpRequest.BodyPublishers.ofString("{}")));

        assertThat(unknownPath.statusCode()).isEqualTo(404);
        assertThat(ArkClient.json(unknownPath).at("/error/type").asText()).isEqualTo("NotFound");
        assertThat(outsideApi.statusCode()).isEqualTo(404);
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
    }
}
