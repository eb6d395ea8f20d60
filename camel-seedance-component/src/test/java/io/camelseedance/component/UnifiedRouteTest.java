package io.camelseedance.component;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import io.camelseedance.api.SeedanceApiException;
import io.camelseedance.api.SeedanceValidationException;
import io.camelseedance.api.TaskStatus;
import io.camelseedance.api.VideoRequest;
import io.camelseedance.api.VideoTask;
import io.camelseedance.provider.unified.UnifiedExamples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The relay format's own ways, end to end (what every provider does is {@link ProviderContractTest}'s): its legacy
 * ratios, its prompt limit, its duration rule, where its answers are read (response pointers), and its lack of a
 * public host.
 */
class UnifiedRouteTest extends SeedanceTestSupport {

    private static final String GENERATIONS = "/unified/v2/videos/generations";

    @Override
    protected void configure(SeedanceComponent seedance) {
        keyOnly(seedance);
    }

    private static String relay(String operation, String options) {
        return "seedance:" + operation + "?provider=unified&baseUrl=" + SIM.baseUrl("unified") + options;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:generate").to(relay("generate", ""));
                from("direct:strict").to(relay("generate", "&validation=strict"));
                from("direct:task").to(relay("task", ""));
                from("direct:keepRatio").to(relay("generate", "&ratio=keep_ratio"));
                // a relay that nests its answer: here it misreads the simulator's, so the status is unknown
                from("direct:nested").to(relay("task", "&providerOption.statusPointer=/data/status"));
            }
        };
    }

    private String generate(VideoRequest request) {
        Exchange out = send("direct:generate", request);
        assertThat(out.getException()).isNull();
        return out.getMessage().getHeader(SeedanceConstants.TASK_ID, String.class);
    }

    @Test
    void theFormatsLegacyRatiosPassValidation() {
        generate(UnifiedExamples.seedExample().toBuilder().ratio("keep_ratio").duration(10).seed(7L).build());
        assertThat(lastBody(GENERATIONS).get("ratio").asText()).isEqualTo("keep_ratio");

        generate(UnifiedExamples.seedExample().toBuilder().ratio("9:21").build());
        assertThat(lastBody(GENERATIONS).get("ratio").asText()).isEqualTo("9:21");

        assertThat(send("direct:keepRatio", UnifiedExamples.seedExample()).getException()).isNull();
        assertThat(lastBody(GENERATIONS).get("ratio").asText()).isEqualTo("keep_ratio");
    }

    @Test
    void aFailureCarriesTheRelaysReason() {
        VideoTask failed = followToEnd("direct:task", generate(UnifiedExamples.seedExample().toBuilder()
                .prompt("dance [sim:fail=InputImageSensitiveContentDetected.PrivacyInformation]").build()));

        assertThat(failed.status()).isEqualTo(TaskStatus.FAILED);
        assertThat(failed.error().message()).contains("may contain real person");
    }

    @Test
    void aLongPromptIsRefusedInStrictModeAndCutByTheRelayInLenientMode() {
        String longPrompt = "a".repeat(800) + " and then [sim:fail=NeverSeen]";
        VideoRequest request = UnifiedExamples.seedExample().toBuilder()
                .model("doubao-seedance-1-0-pro-250528").prompt(longPrompt).build();

        Exchange strict = send("direct:strict", request);
        assertThat(strict.getException()).isInstanceOf(SeedanceValidationException.class)
                .hasMessageContaining("prompt: unified takes at most 800 characters");
        assertThat(SIM.simulator().requests()).isEmpty();

        String id = generate(request);
        assertThat(lastBody(GENERATIONS).get("prompt").asText()).isEqualTo(longPrompt);
        // the relay kept the first 800 characters, so the failure trigger never reached the task
        assertThat(followToEnd("direct:task", id).status()).isEqualTo(TaskStatus.SUCCEEDED);
    }

    @Test
    void aDurationOtherThan5Or10IsRefusedWithoutACall() {
        Exchange out = send("direct:generate", UnifiedExamples.seedExample().toBuilder().duration(6).build());

        assertThat(out.getException()).isInstanceOf(SeedanceValidationException.class)
                .hasMessageContaining("duration: unified takes 5 or 10 seconds; got 6");
        assertThat(SIM.simulator().requests()).isEmpty();
    }

    @Test
    void aStatusPointerThatFindsNothingIsAnErrorNamingThePointer() {
        String id = generate(UnifiedExamples.seedExample());
        followToEnd("direct:task", id);

        Exchange out = send("direct:nested", id);

        assertThat(out.getException()).isInstanceOf(SeedanceApiException.class)
                .hasMessageContaining("expected the task " + id + ", but the answer has no /data/status (provider"
                        + " option statusPointer)");
        assertThat(((SeedanceApiException) out.getException()).responseBody()).contains(id);
    }

    @Test
    void theRelayHasNoPublicHostSoBaseUrlIsRequired() {
        // the context is running, so the endpoint starts, and fails, as soon as it is resolved
        assertThatThrownBy(() -> context.getEndpoint("seedance:generate?provider=unified"))
                .hasMessageContaining("Provider unified has no public endpoint: set baseUrl");
    }
}
