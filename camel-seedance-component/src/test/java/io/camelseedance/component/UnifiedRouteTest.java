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

import static io.camelseedance.provider.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The relay format end to end: routes that differ from the Ark ones only in {@code provider} and {@code baseUrl},
 * the format's own example requests through the component, and their tasks followed to playable videos.
 */
class UnifiedRouteTest extends SeedanceTestSupport {

    private static final String GENERATIONS = "/unified/v2/videos/generations";

    @Override
    protected void configure(SeedanceComponent seedance) {
        keyOnly(seedance);
    }

    private static String relay(String operation, String options) {
        return "seedance:" + operation + "?provider=unified&baseUrl=" + SIM.unifiedBaseUrl() + options;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:generate").to(relay("generate", ""));
                from("direct:strict").to(relay("generate", "&validation=strict"));
                from("direct:off").to(relay("generate", "&validation=off"));
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
    void theFormatsOwnExampleBecomesAPlayableVideo() throws Exception {
        String id = generate(UnifiedExamples.seedExample());

        assertThat(id).startsWith("cgt-");
        assertThat(lastBody(GENERATIONS)).isEqualTo(json("unified/create-seed-example.json"));
        assertThat(SIM.simulator().requests("POST", GENERATIONS).get(0).header("authorization"))
                .isEqualTo("Bearer " + KEY);

        VideoTask done = followToEnd("direct:task", id);

        assertThat(done.status()).isEqualTo(TaskStatus.SUCCEEDED);
        assertThat(done.id()).isEqualTo(id);
        assertThat(done.progress()).isEqualTo(100);
        assertThat(SIM.simulator().requests("GET", GENERATIONS + "/" + id)).isNotEmpty();
        assertThat(VideoDownloads.isMp4(VideoDownloads.download(done.videoUrl()).body())).isTrue();
    }

    @Test
    void theImageToVideoExampleReturnsItsLastFrame() throws Exception {
        String id = generate(UnifiedExamples.imageToVideoExample());

        assertThat(lastBody(GENERATIONS)).isEqualTo(json("unified/create-i2v.json"));
        VideoTask done = followToEnd("direct:task", id);
        Exchange out = send("direct:task", id);

        assertThat(done.status()).isEqualTo(TaskStatus.SUCCEEDED);
        assertThat(out.getMessage().getHeader(SeedanceConstants.LAST_FRAME_URL)).isEqualTo(done.lastFrameUrl());
        assertThat(VideoDownloads.isPng(VideoDownloads.download(done.lastFrameUrl()).body())).isTrue();
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
    void whatTheFormatCannotCarryIsRefusedWithoutACall() {
        VideoRequest request = UnifiedExamples.seedExample().toBuilder().duration(6).frames(null)
                .callbackUrl("https://my.host/cb").video("https://e.com/v.mp4").build();

        Exchange out = send("direct:generate", request);

        assertThat(out.getException()).isInstanceOf(SeedanceValidationException.class)
                .hasMessageContaining("videos: unified cannot send reference videos")
                .hasMessageContaining("callbackUrl: unified cannot send a callback URL")
                .hasMessageContaining("duration: unified takes 5 or 10 seconds; got 6");
        assertThat(SIM.simulator().requests()).isEmpty();
    }

    @Test
    void withValidationOffTheRelayJudgesAndItsRefusalIsMapped() {
        Exchange out = send("direct:off", UnifiedExamples.seedExample().toBuilder().duration(6).build());

        assertThat(out.getException()).isInstanceOf(SeedanceApiException.class);
        SeedanceApiException e = (SeedanceApiException) out.getException();
        assertThat(e.provider()).isEqualTo("unified");
        assertThat(e.httpStatus()).isEqualTo(400);
        assertThat(e.code()).isEqualTo("invalid_request");
        assertThat(e.param()).isEqualTo("duration");
        assertThat(e.type()).isEqualTo("invalid_request_error");
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
