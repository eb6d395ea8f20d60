package io.camelseedance.quarkus.it;

import java.time.Duration;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.camel.CamelContext;
import org.apache.camel.ConsumerTemplate;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;

import io.camelseedance.component.SeedanceComponent;
import io.camelseedance.component.SeedanceConstants;
import io.camelseedance.simulator.RecordedRequest;
import io.camelseedance.simulator.SeedanceSimulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The extension in a Camel Quarkus application (JVM mode): a YAML route runs the seedance-generate-action Kamelet
 * against the simulator, and the provider's callback, served through platform-http by Quarkus's HTTP server, finishes
 * the task.
 */
@QuarkusTest
@QuarkusTestResource(SimulatorResource.class)
class SeedanceQuarkusTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    CamelContext context;
    @Inject
    ProducerTemplate producer;
    @Inject
    ConsumerTemplate consumer;

    SeedanceSimulator simulator;
    @HttpPort
    int httpPort;

    @Test
    void configuresTheComponentFromCamelComponentSeedanceProperties() {
        SeedanceComponent component = context.getComponent("seedance", SeedanceComponent.class);
        assertThat(component.getConfiguration().getBaseUrl()).isEqualTo(simulator.baseUrl("byteplus"));
        assertThat(component.getConfiguration().getCallbackBaseUrl()).isEqualTo("http://127.0.0.1:" + httpPort);
    }

    @Test
    void theKameletGeneratesAVideoThatTheCallbackFinishes() throws Exception {
        // the route's first poll would come after ten minutes: only the callback can finish the task in time
        String body = producer.requestBody("direct:generate", "A red fox running through fresh snow, cinematic",
                String.class);

        JsonNode task = JSON.readTree(body);
        String taskId = task.path("id").asText();
        assertThat(task.path("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(task.path("output").path("videoUrl").asText()).startsWith(simulator.baseUri());
        assertThat(simulator.createdTaskIds()).contains(taskId);

        // the create asked for callbacks at this application, under the token
        RecordedRequest create = simulator.requests("POST", "/api/v3/contents/generations/tasks").get(0);
        String callbackUrl = "http://127.0.0.1:" + httpPort + "/seedance/callback/" + SimulatorResource.CALLBACK_TOKEN;
        assertThat(JSON.readTree(create.body()).path("callback_url").asText()).isEqualTo(callbackUrl);
        // it was served: platform-http answered the terminal callback with 2xx, and the callback route emitted the task
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(simulator.callbacks())
                .anySatisfy(d -> {
                    assertThat(d.url()).isEqualTo(callbackUrl);
                    assertThat(d.taskId()).isEqualTo(taskId);
                    assertThat(d.status()).isEqualTo("succeeded");
                    assertThat(d.acknowledged()).isTrue();
                }));
        Exchange finished = consumer.receive("seda:finished", Duration.ofSeconds(10).toMillis());
        assertThat(finished).isNotNull();
        assertThat(finished.getMessage().getHeader(SeedanceConstants.TASK_ID, String.class)).isEqualTo(taskId);
    }
}
