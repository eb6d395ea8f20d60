package io.camelseedance.component;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.camelseedance.api.SeedanceOutcomeUnknownException;
import io.camelseedance.api.TaskStatus;
import io.camelseedance.api.VideoRequest;
import io.camelseedance.api.VideoTask;
import io.camelseedance.provider.apimart.ApiMartExamples;
import io.camelseedance.simulator.RecordedRequest;

import static io.camelseedance.provider.Fixtures.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * APIMart's own ways, end to end (what every provider does is {@link ProviderContractTest}'s): the one provider whose
 * lost creates are re-sent, with the same {@code Idempotency-Key}, into one task; its last frame; its failed tasks.
 */
class ApiMartRouteTest extends SeedanceTestSupport {

    private static final String GENERATIONS = "/apimart/v1/videos/generations";

    private int tasksBefore;

    @BeforeEach
    void countTasks() {
        tasksBefore = SIM.simulator().createdTaskIds().size();
    }

    @Override
    protected void configure(SeedanceComponent seedance) {
        keyOnly(seedance);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        String apiMart = "provider=apimart&baseUrl=" + SIM.baseUrl("apimart");
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:generate").to("seedance:generate?" + apiMart);
                from("direct:task").to("seedance:task?providerOption.language=en&" + apiMart);
                from("direct:impatient").to("seedance:generate?requestTimeout=500&retryDelay=10&" + apiMart);
            }
        };
    }

    private List<RecordedRequest> creates() {
        return SIM.simulator().requests("POST", GENERATIONS);
    }

    private List<String> tasksCreatedByThisTest() {
        List<String> all = SIM.simulator().createdTaskIds();
        return all.subList(tasksBefore, all.size());
    }

    @Test
    void returnsTheLastFrameWhenAskedFor() {
        String id = send("direct:generate", VideoRequest.builder().model("seedance-2.0-fast").prompt("a kite")
                .resolution("720p").returnLastFrame(true).build()).getMessage()
                .getHeader(SeedanceConstants.TASK_ID, String.class);

        VideoTask done = followToEnd("direct:task", id);

        byte[] png = Downloads.get(done.lastFrameUrl());
        assertThat(new String(png, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
        assertThat(parse(creates().get(0).body()).get("model").asText()).isEqualTo("doubao-seedance-2.0-fast");
    }

    @Test
    void aCreateAnsweredWith5xxIsReSentWithTheSameKeyIntoOneTask() {
        SIM.simulator().failNext("POST", GENERATIONS, 503, 1);

        Exchange out = send("direct:impatient", VideoRequest.builder().model("seedance-2.0").prompt("again").build());

        assertResentOnceWithTheSameKeyIntoOneTask(out);
    }

    @Test
    void aCreateThatTimedOutIsReSentWithTheSameKeyAndGetsTheTaskItHadMade() {
        Exchange out = send("direct:impatient", VideoRequest.builder().model("seedance-2.0")
                .prompt("a slow answer [sim:delay=3000]").build());

        assertResentOnceWithTheSameKeyIntoOneTask(out);
    }

    /** The create succeeded on its one re-send, which carried the first attempt's key, and one task exists. */
    private void assertResentOnceWithTheSameKeyIntoOneTask(Exchange out) {
        assertThat(out.getException()).isNull();
        assertThat(creates()).hasSize(2);
        assertThat(creates().get(1).header("idempotency-key")).isEqualTo(creates().get(0).header("idempotency-key"));
        assertThat(tasksCreatedByThisTest()).hasSize(1);
        assertThat(SIM.simulator().task(out.getMessage().getHeader(SeedanceConstants.TASK_ID, String.class)))
                .isPresent();
    }

    @Test
    void whenEveryReSendFailsTooTheOutcomeIsUnknownAndNoTaskWasMade() {
        Exchange out = send("direct:impatient", VideoRequest.builder().model("seedance-2.0")
                .prompt("[sim:status=503]").build());

        assertThat(out.getException()).isInstanceOf(SeedanceOutcomeUnknownException.class)
                .hasMessageContaining("same idempotency key");
        assertThat(creates()).hasSize(4);
        assertThat(creates()).extracting(post -> post.header("idempotency-key")).containsOnly(
                creates().get(0).header("idempotency-key"));
        assertThat(tasksCreatedByThisTest()).isEmpty();
    }

    @Test
    void twoCreatesAreTwoKeysAndTwoTasks() {
        send("direct:generate", ApiMartExamples.textToVideoAudio());
        send("direct:generate", ApiMartExamples.textToVideoAudio());

        assertThat(creates()).extracting(post -> post.header("idempotency-key")).doesNotHaveDuplicates();
        assertThat(tasksCreatedByThisTest()).hasSize(2);
    }

    @Test
    void aFailedTaskCarriesItsErrorCode() {
        String id = send("direct:generate", VideoRequest.builder().model("seedance-2.0")
                .prompt("[sim:fail=OutputVideoSensitiveContentDetected]").build()).getMessage()
                .getHeader(SeedanceConstants.TASK_ID, String.class);

        assertThat(followToEnd("direct:task", id).status()).isEqualTo(TaskStatus.FAILED);
        Exchange out = send("direct:task", id);
        assertThat(out.getMessage().getHeader(SeedanceConstants.ERROR_CODE))
                .isEqualTo("OutputVideoSensitiveContentDetected");
        assertThat(out.getMessage().getHeader(SeedanceConstants.CONTENT_POLICY)).isEqualTo(true);
        JsonNode raw = parse(out.getMessage().getBody(VideoTask.class).raw());
        assertThat(raw.at("/data/status").asText()).isEqualTo("failed");
    }
}
