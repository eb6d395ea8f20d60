package io.camelseedance.springboot;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.camelseedance.api.ValidationMode;
import io.camelseedance.component.SeedanceComponent;
import io.camelseedance.component.SeedanceConstants;
import io.camelseedance.simulator.SeedanceSimulator;
import io.camelseedance.simulator.SeedanceSimulatorExtension;
import io.camelseedance.springboot.example.SeedanceExampleApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example application on the starter, against the simulator: the component configured from
 * camel.component.seedance.*, a route that writes the MP4, and the component's health check in the actuator's health
 * endpoint.
 */
@SpringBootTest(classes = SeedanceExampleApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "videos.directory=target/videos-test")
class SeedanceStarterTest {

    private static final String API_KEY = "sim-spring-key";
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final SeedanceSimulatorExtension SIM = new SeedanceSimulatorExtension(SeedanceSimulator.builder()
            .apiKey(API_KEY).queuedFor(Duration.ofMillis(100)).runningFor(Duration.ofMillis(300)));

    @DynamicPropertySource
    static void simulator(DynamicPropertyRegistry registry) {
        registry.add("camel.component.seedance.base-url", () -> SIM.baseUrl("byteplus"));
        registry.add("camel.component.seedance.api-key", () -> API_KEY);
    }

    @Autowired
    CamelContext camelContext;
    @Autowired
    ProducerTemplate producer;
    @Autowired
    TestRestTemplate http;

    @Test
    void configuresTheComponentFromSpringProperties() {
        SeedanceComponent component = camelContext.getComponent("seedance", SeedanceComponent.class);
        assertThat(component.getConfiguration().getBaseUrl()).isEqualTo(SIM.baseUrl("byteplus"));
        assertThat(component.getConfiguration().getValidation()).isEqualTo(ValidationMode.strict);
        assertThat(component.getConfiguration().getMaxRetries()).isEqualTo(5);
        assertThat(component.getConfiguration().getPollDelay()).isEqualTo(200);
    }

    @Test
    void theExampleRouteWritesTheVideo() throws Exception {
        String taskId = producer.request("direct:generate",
                e -> e.getMessage().setBody("A lighthouse in a storm at dusk, slow dolly in"))
                .getMessage().getHeader(SeedanceConstants.TASK_ID, String.class);

        assertThat(SIM.simulator().createdTaskIds()).contains(taskId);
        assertThat(SIM.simulator().requests("POST", "/api/v3/contents/generations/tasks").get(0)
                .header("authorization")).isEqualTo("Bearer " + API_KEY);
        Path video = Path.of("target/videos-test", taskId + ".mp4");
        assertThat(video).exists();
        byte[] head = Files.readAllBytes(video);
        assertThat(new String(head, 4, 4, StandardCharsets.US_ASCII)).isEqualTo("ftyp");
    }

    @Test
    void theHealthEndpointShowsTheComponentsCheck() throws Exception {
        // the route's producer registered its readiness check when the route started
        JsonNode health = JSON.readTree(http.getForObject("/actuator/health", String.class));

        JsonNode camel = health.path("components").path("camelHealth");
        assertThat(camel.path("status").asText()).isEqualTo("UP");
        assertThat(camel.path("details").properties()).anySatisfy(check -> {
            assertThat(check.getKey()).startsWith("producer:seedance://generate");
            assertThat(check.getValue().asText()).isEqualTo("UP");
        });
    }
}
