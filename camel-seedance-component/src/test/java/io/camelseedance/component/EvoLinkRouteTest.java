package io.camelseedance.component;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.camelseedance.api.SeedanceApiException;
import io.camelseedance.api.SeedanceValidationException;
import io.camelseedance.api.SeedanceValidationException.Violation;
import io.camelseedance.api.TaskInfo;
import io.camelseedance.api.TaskStatus;
import io.camelseedance.api.VideoRequest;
import io.camelseedance.api.VideoTask;
import io.camelseedance.provider.Providers;
import io.camelseedance.provider.evolink.EvoLinkExamples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * EvoLink's own ways, end to end (what every provider does is {@link ProviderContractTest}'s): callbacks in the task's
 * own shape, a model per generation mode chosen from the inputs, moderation refusals and failed tasks.
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
        String evoLink = "provider=evolink&baseUrl=" + SIM.baseUrl("evolink");
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:generate").to("seedance:generate?" + evoLink);
                from("direct:task").to("seedance:task?" + evoLink);
            }
        };
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
    void theCreditsAndTaskInfoComeOnTheTaskAndAsHeaders() {
        Exchange created = send("direct:generate", VideoRequest.builder().model("seedance-2.0").prompt("a kite")
                .duration(5).build());

        VideoTask task = created.getMessage().getBody(VideoTask.class);
        assertThat(task.usage().credits()).isEqualTo(50.0);
        assertThat(task.taskInfo()).isEqualTo(new TaskInfo(true, 165));
        assertThat(created.getMessage().getHeader(SeedanceConstants.CREDITS)).isEqualTo(50.0);
        assertThat(created.getMessage().getHeader(SeedanceConstants.CAN_CANCEL)).isEqualTo(true);
        assertThat(created.getMessage().getHeader(SeedanceConstants.ESTIMATED_TIME)).isEqualTo(165);
        // the expected end is the provider's estimate counted from the task's creation (whole seconds)
        assertThat(created.getMessage().getHeader(SeedanceConstants.ESTIMATED_PROGRESS)).isEqualTo(0);
        assertThat(created.getMessage().getHeader(SeedanceConstants.TIME_LEFT, Long.class)).isBetween(150L, 165L);
        followToEnd("direct:task", task.id());
        Exchange ended = send("direct:task", task.id());
        assertThat(ended.getMessage().getHeader(SeedanceConstants.CAN_CANCEL)).isEqualTo(false);
        assertThat(ended.getMessage().getHeaders()).doesNotContainKeys(SeedanceConstants.TIME_LEFT,
                SeedanceConstants.ESTIMATED_PROGRESS);
    }

    // seed 003: "HTTPS callback URL"; nothing is sent, so nothing is paid for
    @Test
    void aPlainHttpCallbackUrlIsRefusedBeforeSending() {
        Exchange out = send("direct:generate", EvoLinkExamples.textToVideo().toBuilder()
                .callbackUrl("http://my.host/evolink/cb").build());

        assertThat(out.getException()).isInstanceOfSatisfying(SeedanceValidationException.class,
                e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("callbackUrl"));
        assertThat(SIM.simulator().requests()).isEmpty();
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

}
