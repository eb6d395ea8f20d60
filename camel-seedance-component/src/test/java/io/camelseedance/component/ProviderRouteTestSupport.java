package io.camelseedance.component;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelseedance.api.VideoTask;
import io.camelseedance.simulator.RecordedRequest;
import io.camelseedance.simulator.SeedanceSimulator;
import io.camelseedance.simulator.SeedanceSimulatorExtension;

import static io.camelseedance.provider.Fixtures.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Route tests of one provider against the simulator: the component has only the key, so each route names its
 * provider and base URL the way a user switches provider. The request record is cleared before each test.
 */
abstract class ProviderRouteTestSupport extends CamelTestSupport {

    static final String KEY = "provider-route-key";

    /** A simulator per test class, with short task lifetimes. */
    @RegisterExtension
    static final SeedanceSimulatorExtension SIM = new SeedanceSimulatorExtension(SeedanceSimulator.builder()
            .apiKey(KEY).queuedFor(Duration.ofMillis(100)).runningFor(Duration.ofMillis(200)));

    @BeforeEach
    void clearRecord() {
        SIM.simulator().clearRequests();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        SeedanceComponent seedance = new SeedanceComponent();
        seedance.getConfiguration().setApiKey(KEY);
        context.addComponent("seedance", seedance);
        return context;
    }

    Exchange send(String endpoint, Object body) {
        return template.request(endpoint, e -> e.getMessage().setBody(body));
    }

    /** The body of the last POST the simulator received under {@code path}. */
    static JsonNode lastBody(String path) {
        List<RecordedRequest> posts = SIM.simulator().requests("POST", path);
        assertThat(posts).isNotEmpty();
        return parse(posts.get(posts.size() - 1).body());
    }

    /** Polls the task through {@code taskEndpoint} until it has ended, and returns it. */
    VideoTask followToEnd(String taskEndpoint, String id) {
        await().atMost(Duration.ofSeconds(10)).until(() -> send(taskEndpoint, id).getMessage()
                .getBody(VideoTask.class).isTerminal());
        return send(taskEndpoint, id).getMessage().getBody(VideoTask.class);
    }
}
