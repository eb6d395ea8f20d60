package io.camelseedance.kamelets;

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ConsumerTemplate;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.KameletMain;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelseedance.TestSecrets;
import io.camelseedance.api.SeedanceTaskFailedException;
import io.camelseedance.component.SeedanceConstants;
import io.camelseedance.simulator.SeedanceSimulator;
import io.camelseedance.simulator.SeedanceSimulatorExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The Kamelets as {@code camel run} runs them: YAML routes using them, loaded by KameletMain, which finds the Kamelets
 * in this jar's {@code kamelets/} folder, against the simulator over HTTP.
 */
class KameletsUnderKameletMainTest {

    private static final String KEY = TestSecrets.API_KEY;
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @RegisterExtension
    static final SeedanceSimulatorExtension SIMULATOR = new SeedanceSimulatorExtension(SeedanceSimulator.builder()
            .apiKey(KEY).queuedFor(Duration.ofMillis(100)).runningFor(Duration.ofMillis(300)));

    private static KameletMain main;
    private static ProducerTemplate producer;
    private static ConsumerTemplate consumer;

    @BeforeAll
    static void startKameletMain() throws Exception {
        main = new KameletMain("camel-seedance-kamelet-test");
        // the jar under test is on the classpath already; nothing may be fetched from a repository
        main.setDownload(false);
        main.addOverrideProperty("simulator.url", SIMULATOR.baseUrl("byteplus"));
        main.addOverrideProperty("simulator.key", KEY);
        main.configure().withRoutesIncludePattern("classpath:kamelet-routes/seedance-kamelets.camel.yaml");
        main.start();
        producer = main.getCamelContext().createProducerTemplate();
        consumer = main.getCamelContext().createConsumerTemplate();
    }

    @AfterAll
    static void stopKameletMain() throws Exception {
        if (main != null) {
            main.stop();
        }
    }

    @Test
    void theActionReturnsTheFinishedTaskAsJson() throws Exception {
        Exchange done = producer.request("direct:generate-task",
                e -> e.getMessage().setBody("A red fox trots through fresh snow"));

        assertThat(done.getException()).isNull();
        JsonNode task = new ObjectMapper().readTree(done.getMessage().getBody(String.class));
        assertThat(task.path("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(task.path("id").asText()).isEqualTo(done.getMessage().getHeader(SeedanceConstants.TASK_ID));
        assertThat(task.path("output").path("videoUrl").asText()).endsWith(task.path("id").asText() + ".mp4");
        assertThat(task.path("output").path("duration").asInt()).isEqualTo(5);
    }

    @Test
    void theActionReturnsTheVideoItselfWhenAskedTo() {
        Exchange done = producer.request("direct:generate-video",
                e -> e.getMessage().setBody("{\"prompt\": \"A lighthouse in the fog\", \"duration\": 4}"));

        assertThat(done.getException()).isNull();
        assertThat(done.getMessage().getBody(byte[].class)).isEqualTo(SIMULATOR.simulator()
                .video(done.getMessage().getHeader(SeedanceConstants.TASK_ID, String.class)).orElseThrow());
        assertThat(done.getMessage().getHeader(SeedanceConstants.LAST_FRAME_URL, String.class)).endsWith(".png");
    }

    @Test
    void theActionFailsTheExchangeWhenTheTaskFails() {
        assertThatThrownBy(() -> producer.requestBody("direct:generate-task",
                "A storm [sim:fail=OutputVideoSensitiveContentDetected]"))
                .isInstanceOf(CamelExecutionException.class)
                .hasCauseInstanceOf(SeedanceTaskFailedException.class);
    }

    @Test
    void theSinkSubmitsAndTheSourceEmitsTheFinishedVideoOnce() {
        Exchange submitted = producer.request("direct:submit",
                e -> e.getMessage().setBody("A paper boat sails down a rain gutter"));
        assertThat(submitted.getException()).isNull();
        String taskId = submitted.getMessage().getHeader(SeedanceConstants.TASK_ID, String.class);
        assertThat(SIMULATOR.simulator().requests("POST", "/api/v3/contents/generations/tasks"))
                .anySatisfy(r -> assertThat(r.body()).contains("A paper boat", "\"ratio\":\"9:16\""));

        Exchange video = consumer.receive("seda:finished-videos", PATIENCE.toMillis());

        assertThat(video).as("a finished video from the source").isNotNull();
        assertThat(video.getMessage().getHeader(SeedanceConstants.TASK_ID)).isEqualTo(taskId);
        assertThat(video.getMessage().getBody(byte[].class)).isEqualTo(SIMULATOR.simulator().video(taskId)
                .orElseThrow());
        // two more looks at the task list, each of which would have emitted the video again
        int looks = taskListings();
        await().atMost(PATIENCE).until(() -> taskListings() >= looks + 2);
        assertThat(consumer.receiveNoWait("seda:finished-videos")).as("the same video again").isNull();
    }

    private static int taskListings() {
        return SIMULATOR.simulator().requests("GET", "/api/v3/contents/generations/tasks").stream()
                .filter(r -> r.path().equals("/api/v3/contents/generations/tasks")).toList().size();
    }
}
