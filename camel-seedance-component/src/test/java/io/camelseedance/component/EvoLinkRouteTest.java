package io.camelseedance.component;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.camelseedance.api.SeedanceApiException;
import io.camelseedance.api.SeedanceOutcomeUnknownException;
import io.camelseedance.api.SeedanceValidationException;
import io.camelseedance.api.TaskStatus;
import io.camelseedance.api.VideoRequest;
import io.camelseedance.api.VideoTask;
import io.camelseedance.provider.Providers;
import io.camelseedance.provider.evolink.EvoLinkExamples;
import io.camelseedance.simulator.RecordedRequest;

import static io.camelseedance.provider.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * EvoLink end to end: neutral requests through {@code seedance:generate?provider=evolink}, over real HTTP to the
 * simulator's EvoLink API, followed with {@code seedance:task} to a downloadable video.
 */
class EvoLinkRouteTest extends SeedanceTestSupport {

    private static final String GENERATIONS = "/evolink/v1/videos/generations";

    private final CallbackCatcher callbacks = new CallbackCatcher();

    @AfterEach
    void stopCatcher() {
        callbacks.close();
    }

    @Override
    protected void configure(SeedanceComponent seedance) {
        keyOnly(seedance);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        String evoLink = "provider=evolink&baseUrl=" + SIM.evoLinkBaseUrl();
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:generate").to("seedance:generate?" + evoLink);
                from("direct:task").to("seedance:task?" + evoLink);
                from("direct:unchecked").to("seedance:generate?validation=off&" + evoLink);
                from("direct:noRetry").to("seedance:generate?retryDelay=10&" + evoLink);
            }
        };
    }

    /** EvoLink's examples, with the callback going to this test instead of the example's host. */
    static Stream<Arguments> seedExamples() {
        return Stream.of(
                Arguments.of("create-text-to-video.json", EvoLinkExamples.textToVideo()),
                Arguments.of("create-image-to-video.json", EvoLinkExamples.imageToVideo()),
                Arguments.of("create-reference-to-video.json", EvoLinkExamples.referenceToVideo()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedExamples")
    void sendsTheSeedExamplesExactlyAndFollowsEachToADownloadableVideo(String fixture, VideoRequest example) {
        VideoRequest request = example.callbackUrl() == null
                ? example
                : example.toBuilder().callbackUrl(callbacks.url()).build();

        Exchange created = send("direct:generate", request);

        assertThat(created.getException()).isNull();
        JsonNode expected = json("evolink/" + fixture);
        if (expected.has("callback_url")) {
            ((ObjectNode) expected).put("callback_url", callbacks.url());
        }
        assertThat(lastBody(GENERATIONS)).isEqualTo(expected);
        RecordedRequest post = SIM.simulator().requests("POST", GENERATIONS).get(0);
        assertThat(post.header("authorization")).isEqualTo("Bearer " + KEY);
        VideoTask task = created.getMessage().getBody(VideoTask.class);
        assertThat(task.provider()).isEqualTo("evolink");
        assertThat(task.model()).isEqualTo(expected.get("model").asText());
        assertThat(task.status()).isEqualTo(TaskStatus.QUEUED);

        VideoTask done = followToEnd("direct:task", task.id());
        assertThat(done.status()).isEqualTo(TaskStatus.SUCCEEDED);
        assertThat(done.progress()).isEqualTo(100);
        assertThat(Downloads.isMp4(Downloads.get(done.videoUrl()))).isTrue();
    }

    @Test
    void theFinalStatusIsPostedToTheCallbackUrlInTheTasksOwnShape() {
        VideoTask task = send("direct:generate", EvoLinkExamples.textToVideo().toBuilder()
                .callbackUrl(callbacks.url()).build()).getMessage().getBody(VideoTask.class);

        await().atMost(Duration.ofSeconds(10)).until(() -> callbacks.bodies().size() == 1);

        VideoTask pushed = Providers.of("evolink").newDialect(Map.of()).parseCallback(callbacks.bodies().get(0));
        assertThat(pushed.id()).isEqualTo(task.id());
        assertThat(pushed.status()).isEqualTo(TaskStatus.SUCCEEDED);
        assertThat(pushed.videoUrl()).isEqualTo(send("direct:task", task.id()).getMessage()
                .getHeader(SeedanceConstants.VIDEO_URL));
    }

    @Test
    void aFamilyNameOrAnArkIdBecomesTheModelOfTheInputsMode() {
        send("direct:generate", VideoRequest.builder().model("seedance-2.0-fast").prompt("a kite").build());
        assertThat(lastBody(GENERATIONS).get("model").asText()).isEqualTo("seedance-2.0-fast-text-to-video");

        send("direct:generate", VideoRequest.builder().model("dreamina-seedance-2-0-260128").prompt("fly")
                .firstFrame("https://example.com/kite.png").build());
        assertThat(lastBody(GENERATIONS).get("model").asText()).isEqualTo("seedance-2.0-image-to-video");

        send("direct:generate", Map.of("model", "seedance-2.0", "prompt", "@Video1 again",
                "videos", List.of("https://example.com/clip.mp4")));
        assertThat(lastBody(GENERATIONS).get("model").asText()).isEqualTo("seedance-2.0-reference-to-video");
    }

    @Test
    void whatEvoLinkCannotExpressIsRejectedWithoutAnyHttpCall() {
        Exchange out = send("direct:generate", VideoRequest.builder().model("seedance-2.0").prompt("x")
                .frames(121).seed(7L).returnLastFrame(true).build());

        assertThat(out.getException()).isInstanceOf(SeedanceValidationException.class)
                .hasMessageContaining("frames: evolink cannot send a frame count")
                .hasMessageContaining("seed: evolink cannot send a seed")
                .hasMessageContaining("returnLastFrame: evolink cannot send a last frame request");
        assertThat(SIM.simulator().requests()).isEmpty();
    }

    @Test
    void evoLinksErrorsBecomeApiExceptionsWithTypeParamAndRequestId() {
        Exchange out = send("direct:unchecked", VideoRequest.builder().model("seedance-2.0").prompt("x")
                .duration(3).build());

        assertThat(out.getException()).isInstanceOf(SeedanceApiException.class);
        SeedanceApiException e = (SeedanceApiException) out.getException();
        assertThat(e.provider()).isEqualTo("evolink");
        assertThat(e.httpStatus()).isEqualTo(400);
        assertThat(e.code()).isEqualTo("invalid_request_error");
        assertThat(e.param()).isEqualTo("duration");
        assertThat(e.requestId()).isNotBlank();
        assertThat(e.getMessage()).contains(e.requestId());
    }

    @Test
    void aModerationRefusalIsAContentPolicyError() {
        Exchange out = send("direct:generate", VideoRequest.builder().model("seedance-2.0")
                .prompt("[sim:reject=content_policy_violation]").build());

        assertThat(out.getException()).isInstanceOfSatisfying(SeedanceApiException.class, e -> {
            assertThat(e.code()).isEqualTo("content_policy_violation");
            assertThat(e.isContentPolicy()).isTrue();
        });
    }

    @Test
    void aFailedTaskCarriesEvoLinksErrorCode() {
        String id = send("direct:generate", VideoRequest.builder().model("seedance-2.0")
                .prompt("[sim:fail=content_policy_violation]").build()).getMessage()
                .getHeader(SeedanceConstants.TASK_ID, String.class);

        assertThat(followToEnd("direct:task", id).status()).isEqualTo(TaskStatus.FAILED);
        Exchange out = send("direct:task", id);
        assertThat(out.getMessage().getHeader(SeedanceConstants.ERROR_CODE)).isEqualTo("content_policy_violation");
        assertThat(out.getMessage().getHeader(SeedanceConstants.CONTENT_POLICY)).isEqualTo(true);
    }

    @Test
    void aCreateAnsweredWith5xxIsNeverReSentToEvoLink() {
        SIM.simulator().failNext("POST", GENERATIONS, 503, 1);

        Exchange out = send("direct:noRetry", VideoRequest.builder().model("seedance-2.0").prompt("x").build());

        assertThat(out.getException()).isInstanceOf(SeedanceOutcomeUnknownException.class);
        assertThat(SIM.simulator().requests("POST", GENERATIONS)).hasSize(1);
    }
}
