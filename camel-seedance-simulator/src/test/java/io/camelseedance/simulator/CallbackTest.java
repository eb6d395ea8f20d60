package io.camelseedance.simulator;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

class CallbackTest {

    @RegisterExtension
    final SeedanceSimulatorExtension sim = new SeedanceSimulatorExtension(SeedanceSimulator.builder()
            .queuedFor(Duration.ofMillis(100))
            .runningFor(Duration.ofMillis(100)));

    private final CallbackReceiver receiver = new CallbackReceiver();

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void postsTheTaskOnEveryStatusChange() {
        ArkClient ark = new ArkClient(sim.simulator(), "key");
        String id = ark.createTask(withCallback("a paper boat on a river"));

        await().until(() -> receiver.statuses().size() == 3);

        assertThat(receiver.statuses()).containsExactly("queued", "running", "succeeded");
        assertThat(receiver.received()).allSatisfy(callback -> {
            assertThat(callback.contentType()).isEqualTo("application/json");
            assertThat(callback.body().get("id").asText()).isEqualTo(id);
        });
        JsonNode succeeded = receiver.received().get(2).body();
        assertThat(succeeded).isEqualTo(ark.task(id));
        assertThat(succeeded.at("/content/video_url").asText()).endsWith(id + ".mp4");
        List<CallbackDelivery> deliveries = sim.simulator().callbacks();
        assertThat(deliveries).extracting(CallbackDelivery::status).containsExactly("queued", "running", "succeeded");
        assertThat(deliveries).allSatisfy(delivery -> {
            assertThat(delivery.url()).isEqualTo(receiver.url());
            assertThat(delivery.taskId()).isEqualTo(id);
            assertThat(delivery.attempt()).isEqualTo(1);
            assertThat(delivery.responseCode()).isEqualTo(200);
            assertThat(delivery.acknowledged()).isTrue();
        });
        assertThat(deliveries.get(2).body()).contains("\"status\":\"succeeded\"");
    }

    @Test
    void failedTaskCallbackCarriesTheError() {
        new ArkClient(sim.simulator(), "key")
                .createTask(withCallback("[sim:fail=InputImageSensitiveContentDetected.PrivacyInformation]"));

        await().until(() -> receiver.statuses().contains("failed"));

        JsonNode failed = receiver.received().get(receiver.received().size() - 1).body();
        assertThat(failed.at("/error/code").asText())
                .isEqualTo("InputImageSensitiveContentDetected.PrivacyInformation");
        assertThat(failed.at("/error/message").asText()).contains("input image may contain real person");
    }

    @Test
    void retriesAFinalStatusThreeTimesWhenTheReceiverDoesNotConfirm() {
        receiver.answerWith(500);
        String id = new ArkClient(sim.simulator(), "key").createTask(withCallback("a stubborn receiver"));

        await().atMost(Duration.ofSeconds(10)).until(() -> sim.simulator().callbacks().size() == 6);

        assertThat(sim.simulator().callbacks())
                .extracting(CallbackDelivery::status, CallbackDelivery::attempt, CallbackDelivery::responseCode)
                .containsExactly(
                        tuple("queued", 1, 500),
                        tuple("running", 1, 500),
                        tuple("succeeded", 1, 500),
                        tuple("succeeded", 2, 500),
                        tuple("succeeded", 3, 500),
                        tuple("succeeded", 4, 500));
        assertThat(receiver.statuses()).hasSize(6);
        assertThat(sim.simulator().callbacks()).allMatch(delivery -> delivery.taskId().equals(id));
    }

    // seed 001: "no successful delivery confirmation is received within 5 seconds, the callback will be retried"
    @Test
    void retriesAFinalStatusThatIsNotConfirmedWithinFiveSeconds() {
        receiver.delayFirstAnswer("succeeded", Duration.ofSeconds(7));
        new ArkClient(sim.simulator(), "key").createTask(withCallback("a slow receiver"));

        await().atMost(Duration.ofSeconds(15)).until(() -> sim.simulator().callbacks().stream()
                .anyMatch(delivery -> delivery.status().equals("succeeded") && delivery.acknowledged()));

        List<CallbackDelivery> succeeded = sim.simulator().callbacks().stream()
                .filter(delivery -> delivery.status().equals("succeeded")).toList();
        assertThat(succeeded).extracting(CallbackDelivery::attempt, CallbackDelivery::acknowledged)
                .containsExactly(tuple(1, false), tuple(2, true));
        assertThat(receiver.statuses()).containsExactly("queued", "running", "succeeded", "succeeded");
    }

    // seed 001: "expired: Task timed out ... You can set the expiration time via the execution_expires_after"; only
    // succeeded and failed are retried
    @Test
    void anExpiredTaskCallsBackOnceWithItsStatus() {
        receiver.answerWith(500);
        String id = new ArkClient(sim.simulator(), "key").createTask(withCallback("too slow [sim:expire]"));

        await().until(() -> receiver.statuses().contains("expired"));

        assertThat(new ArkClient(sim.simulator(), "key").status(id)).isEqualTo("expired");
        JsonNode expired = receiver.received().get(receiver.received().size() - 1).body();
        assertThat(expired.get("id").asText()).isEqualTo(id);
        assertThat(expired.has("content")).isFalse();
        await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(3))
                .until(() -> receiver.statuses().stream().filter("expired"::equals).count() == 1);
    }

    @Test
    void recordsAnUnreachableReceiverAsMinusOne() {
        receiver.close();
        new ArkClient(sim.simulator(), "key")
                .createTask(withCallback("nobody listens [sim:queue=3600000]"));

        await().until(() -> !sim.simulator().callbacks().isEmpty());

        CallbackDelivery delivery = sim.simulator().callbacks().get(0);
        assertThat(delivery.status()).isEqualTo("queued");
        assertThat(delivery.responseCode()).isEqualTo(-1);
        assertThat(delivery.acknowledged()).isFalse();
    }

    private String withCallback(String prompt) {
        return Bodies.body(Bodies.SEEDANCE_2_0, "{'type':'text','text':'" + prompt + "'}",
                "'callback_url':'" + receiver.url() + "'");
    }
}
