package io.camelseedance.component;

import java.util.stream.Stream;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.camelseedance.api.SeedanceValidationException;
import io.camelseedance.catalog.ValidationCases;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule of the catalog, through a real route: a request that breaks it fails naming the field, and the provider
 * never hears of it; a request that keeps it reaches the provider, which accepts it.
 */
class ValidationBeforeSendingTest extends SeedanceTestSupport {

    @Override
    protected void configure(SeedanceComponent seedance) {
        // the catalog's "model is required" rule needs an endpoint without a default model
        seedance.getConfiguration().setModel(null);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // the model-independent cases hold for every provider; volcengine has web_search, byteplus not
                from("direct:strict").to("seedance:generate?validation=strict&provider=volcengine");
            }
        };
    }

    static Stream<ValidationCases.Case> failing() {
        return ValidationCases.failing();
    }

    // a draft task id must name a succeeded draft the provider made: DraftToFinalRouteTest makes one first
    static Stream<ValidationCases.Case> passing() {
        return ValidationCases.passing().filter(c -> c.request().draftTaskId() == null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failing")
    void aBrokenRuleFailsNamingTheFieldAndSendsNothing(ValidationCases.Case c) {
        Exchange out = template.send("direct:strict", e -> e.getMessage().setBody(c.request()));

        assertThat(out.getException()).isInstanceOf(SeedanceValidationException.class);
        assertThat(((SeedanceValidationException) out.getException()).violations())
                .anySatisfy(v -> assertThat(v.field()).isEqualTo(c.expectedField()));
        assertThat(SIM.simulator().requests()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("passing")
    void aKeptRuleReachesTheProviderWhichAccepts(ValidationCases.Case c) {
        Exchange out = template.send("direct:strict", e -> e.getMessage().setBody(c.request()));

        assertThat(out.getException()).as("%s", c.rule()).isNull();
        assertThat(SIM.simulator().requests()).hasSize(1);
    }
}
