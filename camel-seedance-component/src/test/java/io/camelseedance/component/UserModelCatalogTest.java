package io.camelseedance.component;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelseedance.api.SeedanceValidationException;
import io.camelseedance.api.SeedanceValidationException.Violation;
import io.camelseedance.api.TaskStatus;
import io.camelseedance.api.VideoTask;
import io.camelseedance.simulator.SeedanceSimulatorExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Models that keep coming: the modelCatalog option merges a catalog of the user's over the shipped one, so strict
 * validation checks a model launched after this release like a shipped one, an override changes a shipped model's
 * rules, and a gateway maps a user model's family onto its own model names.
 */
class UserModelCatalogTest extends CamelTestSupport {

    private static final String MINI = "dreamina-seedance-2-0-mini-260615";
    private static final String ARK_TASKS = SeedanceTestSupport.TASKS;
    private static final String MINI_CATALOG = "&modelCatalog=classpath:catalogs/seedance-2-0-mini.json";

    // the simulated Ark predates the Mini: it serves the new id as 2.0, as an endpoint id
    @RegisterExtension
    static final SeedanceSimulatorExtension SIM = new SeedanceSimulatorExtension(SeedanceTestSupport.simulator()
            .queuedFor(Duration.ofMillis(50)).runningFor(Duration.ofMillis(100))
            .endpoint(MINI, "dreamina-seedance-2-0-260128"));

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.addComponent("seedance", SeedanceTestSupport.component(SIM));
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        String evoLink = "&provider=evolink&baseUrl=" + SIM.baseUrl("evolink");
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:shipped").to("seedance:generate?validation=strict&model=" + MINI);
                from("direct:mini").to("seedance:generate?validation=strict&waitForCompletion=true&model=" + MINI
                        + MINI_CATALOG);
                from("direct:override").to("seedance:generate?validation=strict&modelCatalog="
                        + "catalogs/override-2-0.json");
                from("direct:evolink").to("seedance:generate?validation=strict&model=acme-seedance-2-fast"
                        + MINI_CATALOG + evoLink);
            }
        };
    }

    @BeforeEach
    void clearRecord() {
        SIM.simulator().clearRequests();
    }

    @Test
    void strictValidationChecksANewlyLaunchedModelOnceItIsInTheUsersCatalog() {
        assertThat(refusal("direct:shipped", Map.of("prompt", "A kite over the dunes")))
                .extracting(Violation::field).containsExactly("model");

        VideoTask task = template.requestBody("direct:mini", Map.of("prompt", "A kite over the dunes", "duration",
                8), VideoTask.class);

        assertThat(task.status()).isEqualTo(TaskStatus.SUCCEEDED);
        assertThat(SIM.simulator().requests("POST", ARK_TASKS)).singleElement()
                .satisfies(create -> assertThat(create.body()).contains("\"model\":\"" + MINI + "\""));
    }

    @Test
    void theUserModelsRulesAreItsOwn() {
        assertThat(refusal("direct:mini", Map.of("prompt", "A kite", "duration", 12)))
                .singleElement().satisfies(v -> {
                    assertThat(v.field()).isEqualTo("duration");
                    assertThat(v.rule()).contains("between 4 and 10", MINI);
                });
        assertThat(refusal("direct:mini", Map.of("prompt", "A kite", "resolution", "1080p")))
                .extracting(Violation::field).containsExactly("resolution");
        assertThat(SIM.simulator().requests()).isEmpty();
    }

    @Test
    void aUserEntryOverridesAShippedModelAndItsAliases() {
        Map<String, Object> fifteen = Map.of("model", "dreamina-seedance-2-0-260128", "prompt", "A kite",
                "duration", 15);

        assertThat(refusal("direct:override", fifteen)).singleElement()
                .satisfies(v -> assertThat(v.rule()).contains("between 4 and 12"));
        Exchange twelve = template.send("direct:override", e -> e.getMessage().setBody(Map.of("model",
                "ep-20260101000000-abcde", "prompt", "A kite", "duration", 12)));
        assertThat(twelve.getException()).as("the override's new alias is known").isNotInstanceOf(
                SeedanceValidationException.class);
    }

    @Test
    void aGatewayMapsAUserModelsFamilyOntoItsOwnModelName() {
        Exchange out = template.send("direct:evolink", e -> e.getMessage().setBody(Map.of("prompt", "A kite")));

        assertThat(out.getException()).isNull();
        assertThat(SIM.simulator().requests("POST", "/evolink/v1/videos/generations")).singleElement()
                .satisfies(create -> assertThat(create.body())
                        .contains("\"model\":\"seedance-2.0-fast-text-to-video\""));
    }

    @Test
    void aCatalogThatCannotBeReadStopsTheEndpointNamingTheOption() {
        assertThatThrownBy(() -> context.getEndpoint("seedance:generate?modelCatalog=classpath:catalogs/none.json")
                .start()).hasMessageContaining("modelCatalog").hasMessageContaining("catalogs/none.json");
    }

    private List<Violation> refusal(String route, Map<String, Object> body) {
        Exception refused = template.send(route, e -> e.getMessage().setBody(body)).getException();
        assertThat(refused).isInstanceOf(SeedanceValidationException.class);
        return ((SeedanceValidationException) refused).violations();
    }
}
