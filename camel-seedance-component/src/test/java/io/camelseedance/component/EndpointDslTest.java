package io.camelseedance.component;

import java.time.Duration;

import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.endpoint.EndpointRouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelseedance.TestSecrets;
import io.camelseedance.api.VideoTask;
import io.camelseedance.dsl.SeedanceEndpointBuilderFactory.SeedanceBuilders;
import io.camelseedance.provider.JsonSupport;
import io.camelseedance.simulator.SeedanceSimulator;
import io.camelseedance.simulator.SeedanceSimulatorExtension;

import static org.assertj.core.api.Assertions.assertThat;

class EndpointDslTest extends CamelTestSupport {

    @RegisterExtension
    static final SeedanceSimulatorExtension SIM = new SeedanceSimulatorExtension(SeedanceSimulator.builder()
            .apiKey(TestSecrets.API_KEY).queuedFor(Duration.ofSeconds(30)));

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getPropertiesComponent().addInitialProperty("seedance.key", TestSecrets.API_KEY);
        return context;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        class Routes extends EndpointRouteBuilder implements SeedanceBuilders {
            @Override
            public void configure() {
                from(direct("generate"))
                        .setHeader(seedance().seedanceDuration(), constant(6))
                        .to(seedance("generate").baseUrl(SIM.baseUrl("byteplus")).apiKey("{{seedance.key}}")
                                .model("seedance-1-0-pro-250528").resolution("720p").ratio("4:3").seed(42L)
                                .cameraFixed(true).extra("watermark", false)
                                .advanced().maxRetries(0).requestTimeout("5s"));
                from(seedance("tasks").baseUrl(SIM.baseUrl("byteplus")).apiKey("{{seedance.key}}").mode("account")
                        .advanced().pollDelay(100)).routeId("dsl-consumer").autoStartup(false).to("mock:listed");
            }
        }
        return new Routes();
    }

    @Test
    void theBuilderMakesConsumersToo() throws Exception {
        context.getRouteController().startRoute("dsl-consumer");

        assertThat(context.getRoute("dsl-consumer").getEndpoint().getEndpointUri()).startsWith("seedance://tasks")
                .contains("mode=account");
    }

    @Test
    void theBuilderSetsOptionsAndTheHeaderNames() {
        VideoTask task = template.requestBody("direct:generate", "A sailing boat", VideoTask.class);

        assertThat(task.id()).startsWith("cgt-");
        var body = JsonSupport.parse(SIM.simulator().requests("POST", "/api/v3/contents").get(0).body(), "request");
        assertThat(body.get("model").asText()).isEqualTo("seedance-1-0-pro-250528");
        assertThat(body.get("resolution").asText()).isEqualTo("720p");
        assertThat(body.get("ratio").asText()).isEqualTo("4:3");
        assertThat(body.get("seed").asLong()).isEqualTo(42);
        assertThat(body.get("camera_fixed").asBoolean()).isTrue();
        assertThat(body.get("watermark").asBoolean()).isFalse();
        assertThat(body.get("duration").asInt()).isEqualTo(6);
    }
}
