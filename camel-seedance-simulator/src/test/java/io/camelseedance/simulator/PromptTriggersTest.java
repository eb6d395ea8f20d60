package io.camelseedance.simulator;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The {@code [sim:…]} prompt tokens, each against its own fresh simulator. */
class PromptTriggersTest {

    @RegisterExtension
    final SeedanceSimulatorExtension sim = new SeedanceSimulatorExtension(SeedanceSimulator.builder()
            .queuedFor(Duration.ofMillis(100))
            .runningFor(Duration.ofMillis(200))
            .retryAfterSeconds(2));

    private ArkClient ark() {
        return new ArkClient(sim.simulator(), "any-key");
    }

    @Test
    void failEndsTheTaskFailedWithTheCode() {
        ArkClient ark = ark();
        HttpResponse<String> created = ark.create(
                Bodies.textToVideo(Bodies.SEEDANCE_2_0, "a duel [sim:fail=OutputVideoSensitiveContentDetected]"));
        String id = ArkClient.json(created).get("id").asText();

        await().until(() -> ark.status(id).equals("failed"));

        JsonNode failed = ark.task(id);
        assertThat(failed.at("/error/code").asText()).isEqualTo("OutputVideoSensitiveContentDetected");
        assertThat(failed.at("/error/message").asText())
                .contains("output video may contain sensitive information")
                .endsWith("Request id: " + created.headers().firstValue("X-Request-Id").orElseThrow());
        assertThat(failed.has("content")).isFalse();
        assertThat(failed.has("usage")).isFalse();
    }

    @Test
    void expireEndsTheTaskExpiredWithoutError() {
        ArkClient ark = ark();
        String id = ark.createWithPrompt("slow one [sim:expire]");

        await().until(() -> ark.status(id).equals("expired"));

        assertThat(ark.task(id).has("error")).isFalse();
    }

    @Test
    void renderAndQueueSetThisTasksTimes() {
        ArkClient ark = ark();
        String stuck = ark.createWithPrompt("waits for ever [sim:queue=3600000]");
        String quick = ark.createWithPrompt("quick [sim:queue=0][sim:render=0]");
        String rendering = ark.createWithPrompt("renders for ever [sim:queue=0][sim:render=3600000]");

        await().until(() -> ark.status(quick).equals("succeeded"));
        await().until(() -> ark.status(rendering).equals("running"));

        assertThat(ark.status(stuck)).isEqualTo("queued");
        assertThat(ark.status(rendering)).isEqualTo("running");
    }

    @Test
    void rejectRefusesTheCreateWithTheCodeAndCreatesNoTask() {
        ArkClient ark = ark();
        HttpResponse<String> refused = ark
                .create(Bodies.textToVideo(Bodies.SEEDANCE_2_0, "[sim:reject=InputTextSensitiveContentDetected]"));

        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode error = ArkClient.json(refused).get("error");
        assertThat(error.get("code").asText()).isEqualTo("InputTextSensitiveContentDetected");
        assertThat(error.get("type").asText()).isEqualTo("BadRequest");
        assertThat(error.get("message").asText()).contains("input text may contain sensitive information");
        assertThat(taskCount(ark)).isZero();
    }

    @Test
    void statusAnswersTheCreateWithThatStatus() {
        ArkClient ark = ark();
        HttpResponse<String> unavailable = ark.create(Bodies.textToVideo(Bodies.SEEDANCE_2_0, "[sim:status=503]"));
        HttpResponse<String> limited = ark.create(Bodies.textToVideo(Bodies.SEEDANCE_2_0, "[sim:status=429]"));
        HttpResponse<String> broken = ark.create(Bodies.textToVideo(Bodies.SEEDANCE_2_0, "[sim:status=500]"));

        assertThat(unavailable.statusCode()).isEqualTo(503);
        assertThat(ArkClient.json(unavailable).at("/error/type").asText()).isEqualTo("InternalServiceError");
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("2");
        assertThat(ArkClient.json(limited).at("/error/type").asText()).isEqualTo("TooManyRequests");
        assertThat(broken.statusCode()).isEqualTo(500);
        assertThat(ArkClient.json(broken).at("/error/code").asText()).isEqualTo("InternalServiceError");
        assertThat(taskCount(ark)).isZero();
    }

    @Test
    void rateLimitsTheFirstAttemptsOfTheSamePrompt() {
        ArkClient ark = ark();
        String body = Bodies.textToVideo(Bodies.SEEDANCE_2_0, "busy hour [sim:429x2]");

        HttpResponse<String> first = ark.create(body);
        HttpResponse<String> second = ark.create(body);
        HttpResponse<String> otherPrompt = ark
                .create(Bodies.textToVideo(Bodies.SEEDANCE_2_0, "another busy hour [sim:429x2]"));
        HttpResponse<String> third = ark.create(body);

        assertThat(first.statusCode()).isEqualTo(429);
        assertThat(first.headers().firstValue("Retry-After")).hasValue("2");
        assertThat(ArkClient.json(first).at("/error/code").asText()).startsWith("RateLimitExceeded");
        assertThat(second.statusCode()).isEqualTo(429);
        assertThat(otherPrompt.statusCode()).isEqualTo(429);
        assertThat(third.statusCode()).isEqualTo(200);
        assertThat(taskCount(ark)).isEqualTo(1);
    }

    @Test
    void delayCreatesTheTaskButAnswersLate() {
        ArkClient ark = ark();
        String body = Bodies.textToVideo(Bodies.SEEDANCE_2_0, "slow gateway [sim:delay=800]");

        assertThatThrownBy(() -> ark.send(ark.request(ArkClient.TASKS)
                .timeout(Duration.ofMillis(200))
                .POST(HttpRequest.BodyPublishers.ofString(body))))
                .hasRootCauseInstanceOf(HttpTimeoutException.class);
        assertThat(taskCount(ark)).isEqualTo(1);

        Instant sent = Instant.now();
        HttpResponse<String> patient = ark.create(body);
        assertThat(patient.statusCode()).isEqualTo(200);
        assertThat(Duration.between(sent, Instant.now())).isGreaterThanOrEqualTo(Duration.ofMillis(750));
    }

    @Test
    void delayedAnswersDoNotHoldServerThreads() {
        ArkClient ark = ark();
        String slow = Bodies.textToVideo(Bodies.SEEDANCE_2_0, "slow [sim:delay=1500]");
        CompletableFuture<?>[] pending = IntStream.range(0, 20)
                .mapToObj(i -> ark.createAsync(slow))
                .toArray(CompletableFuture[]::new);
        await().until(() -> sim.simulator().requests("POST", "/api/v3").size() == 20);

        Instant sent = Instant.now();
        assertThat(ark.get(ArkClient.TASKS).statusCode()).isEqualTo(200);
        assertThat(Duration.between(sent, Instant.now())).isLessThan(Duration.ofMillis(750));
        CompletableFuture.allOf(pending).join();
    }

    @Test
    void unknownDirectiveIsRefusedSoTyposFailLoudly() {
        HttpResponse<String> refused = ark().create(Bodies.textToVideo(Bodies.SEEDANCE_2_0, "[sim:explode]"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(ArkClient.json(refused).at("/error/param").asText()).isEqualTo("content");
        assertThat(ArkClient.json(refused).at("/error/message").asText()).contains("[sim:explode]");
    }

    private static int taskCount(ArkClient ark) {
        return ArkClient.json(ark.get(ArkClient.TASKS)).get("total").asInt();
    }
}
