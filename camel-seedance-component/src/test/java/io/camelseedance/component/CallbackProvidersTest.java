package io.camelseedance.component;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import io.camelseedance.provider.unified.UnifiedExamples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Callbacks only where the provider sends them: a callbackBaseUrl on the component reaches every endpoint, including
 * those of providers that have no callbacks.
 */
class CallbackProvidersTest extends CallbackTestSupport {

    private static final String GENERATIONS = "/unified/v2/videos/generations";

    private static String relay(String operation, String options) {
        return "seedance:" + operation + "?provider=unified&baseUrl=" + SIM.baseUrl("unified") + options;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:ark").to("seedance:generate");
                from("direct:relay").to(relay("generate", "&model=" + UnifiedExamples.seedExample().model()));
            }
        };
    }

    @Test
    void aProviderWithCallbacksIsGivenTheCallbackUrl() {
        Exchange out = send("direct:ark", "A lighthouse");

        assertThat(out.getException()).isNull();
        assertThat(lastBody(TASKS).get("callback_url").asText())
                .isEqualTo(baseUrl() + CallbackAddress.DEFAULT_PATH + "/" + TOKEN);
    }

    @Test
    void aProviderWithoutCallbacksIsGivenNoCallbackUrl() {
        Exchange out = send("direct:relay", UnifiedExamples.seedExample());

        assertThat(out.getException()).isNull();
        assertThat(lastBody(GENERATIONS).has("callback_url")).isFalse();
    }

    @Test
    void aCallbackConsumerNeedsAProviderThatSendsCallbacks() {
        assertThatThrownBy(() -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(relay("callback", "&callbackPath=/relay")).to("mock:never");
            }
        })).hasStackTraceContaining("sends no callbacks");
    }
}
