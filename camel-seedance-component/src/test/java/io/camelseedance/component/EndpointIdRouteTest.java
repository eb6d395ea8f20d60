package io.camelseedance.component;

import java.time.Duration;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelseedance.api.SeedanceValidationException;
import io.camelseedance.api.TaskStatus;
import io.camelseedance.api.VideoTask;
import io.camelseedance.simulator.SeedanceSimulatorExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A route that calls a model through an Ark endpoint id ({@code ep-…}, seed 001: "You can also use an endpoint ID to
 * call a model"), end to end: lenient validation lets the id through, the provider runs the model behind it.
 */
class EndpointIdRouteTest extends CamelTestSupport {

    private static final String ENDPOINT = "ep-20260301000000-k7q2p";

    @RegisterExtension
    static final SeedanceSimulatorExtension SIM = new SeedanceSimulatorExtension(SeedanceTestSupport.simulator()
            .queuedFor(Duration.ofMillis(100)).runningFor(Duration.ofMillis(200))
            .endpoint(ENDPOINT, "doubao-seedance-2-0-260128"));

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.addComponent("seedance", SeedanceTestSupport.component(SIM));
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:endpoint").to("seedance:generate?provider=volcengine&waitForCompletion=true&model="
                        + ENDPOINT);
                from("direct:strict").to("seedance:generate?validation=strict&model=" + ENDPOINT);
            }
        };
    }

    @BeforeEach
    void clearRecord() {
        SIM.simulator().clearRequests();
    }

    @Test
    void anEndpointIdRendersTheModelBehindIt() {
        VideoTask task = template.requestBody("direct:endpoint", Map.of("prompt", "Rain on a tin roof", "duration",
                6), VideoTask.class);

        assertThat(task.status()).isEqualTo(TaskStatus.SUCCEEDED);
        assertThat(task.model()).isEqualTo("doubao-seedance-2-0-260128");
        assertThat(task.output().duration()).isEqualTo(6);
        assertThat(SIM.simulator().requests("POST", SeedanceTestSupport.TASKS)).singleElement()
                .satisfies(create -> assertThat(create.body()).contains("\"model\":\"" + ENDPOINT + "\""));
    }

    @Test
    void strictValidationKnowsOnlyCatalogModels() {
        Exception refused = template.send("direct:strict", e -> e.getMessage().setBody(Map.of("prompt", "x")))
                .getException();

        assertThat(refused).isInstanceOfSatisfying(SeedanceValidationException.class,
                e -> assertThat(e.field()).isEqualTo("model"));
        assertThat(SIM.simulator().requests()).isEmpty();
    }
}
