package io.camelseedance.component;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelseedance.TestSecrets;
import io.camelseedance.api.VideoTask;
import io.camelseedance.provider.JsonSupport;
import io.camelseedance.simulator.RecordedRequest;
import io.camelseedance.simulator.SeedanceSimulator;
import io.camelseedance.simulator.SeedanceSimulatorExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Route tests against a simulator: the {@code seedance} component points at it, with a default model and fast polls,
 * and its request record is cleared before each test.
 */
abstract class SeedanceTestSupport extends CamelTestSupport {

    static final String KEY = TestSecrets.API_KEY;
    static final String MODEL = "dreamina-seedance-2-0-260128";
    static final String TASKS = "/api/v3/contents/generations/tasks";

    /** A simulator accepting {@link #KEY}. */
    static SeedanceSimulator.Builder simulator() {
        return SeedanceSimulator.builder().apiKey(KEY);
    }

    /** A simulator per test class, with short task lifetimes. */
    @RegisterExtension
    static final SeedanceSimulatorExtension SIM = new SeedanceSimulatorExtension(simulator()
            .queuedFor(Duration.ofMillis(100)).runningFor(Duration.ofMillis(300)).serverThreads(16));

    /** Adjusts the component before the context starts. */
    protected void configure(SeedanceComponent seedance) {
    }

    @BeforeEach
    void clearRecord() {
        SIM.simulator().clearRequests();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        SeedanceComponent seedance = component(SIM);
        configure(seedance);
        context.addComponent("seedance", seedance);
        return context;
    }

    static SeedanceComponent component(SeedanceSimulatorExtension sim) {
        SeedanceComponent seedance = new SeedanceComponent();
        seedance.getConfiguration().setBaseUrl(sim.baseUrl("byteplus"));
        seedance.getConfiguration().setApiKey(KEY);
        seedance.getConfiguration().setModel(MODEL);
        seedance.getConfiguration().setPollDelay(100);
        seedance.getConfiguration().setPollMaxDelay(400);
        seedance.setTrackerTick(50);
        return seedance;
    }

    /**
     * Leaves the component only the key, so that each route names its provider and base URL the way a user switches
     * provider.
     */
    static void keyOnly(SeedanceComponent seedance) {
        seedance.getConfiguration().setBaseUrl(null);
        seedance.getConfiguration().setModel(null);
    }

    Exchange send(String endpoint, Object body) {
        return template.request(endpoint, e -> e.getMessage().setBody(body));
    }

    /** The body of the last POST the simulator received under {@code path}. */
    static JsonNode lastBody(String path) {
        List<RecordedRequest> posts = SIM.simulator().requests("POST", path);
        assertThat(posts).isNotEmpty();
        return JsonSupport.parse(posts.get(posts.size() - 1).body(), "recorded request");
    }

    /** Polls the task through {@code taskEndpoint} until it has ended, and returns it. */
    VideoTask followToEnd(String taskEndpoint, String id) {
        await().atMost(Duration.ofSeconds(10)).until(() -> send(taskEndpoint, id).getMessage()
                .getBody(VideoTask.class).isTerminal());
        return send(taskEndpoint, id).getMessage().getBody(VideoTask.class);
    }
}
