package io.camelseedance.simulator;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class TaskDeleteTest {

    @RegisterExtension
    static final SeedanceSimulatorExtension SIM = new SeedanceSimulatorExtension(SeedanceSimulator.builder()
            .queuedFor(Duration.ofMillis(50))
            .runningFor(Duration.ofMillis(50)));

    private final ArkClient ark = new ArkClient(SIM.simulator(), "key");

    @Test
    void cancelsAQueuedTaskWhichThenNeverRuns() {
        String id = ark.createWithPrompt("cancel me [sim:queue=1000]");
        String later = ark.createWithPrompt("runs after the cancelled one would have [sim:queue=1000][sim:render=0]");

        HttpResponse<String> cancel = ark.delete(id);

        assertThat(cancel.statusCode()).isEqualTo(200);
        assertThat(cancel.body()).isEqualTo("{}");
        assertThat(ark.status(id)).isEqualTo("cancelled");
        await().until(() -> ark.status(later).equals("succeeded"));
        assertThat(ark.status(id)).isEqualTo("cancelled");
    }

    @Test
    void refusesToCancelTwice() {
        String id = ark.createWithPrompt("cancel me [sim:queue=3600000]");
        ark.delete(id);

        HttpResponse<String> again = ark.delete(id);

        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(ArkClient.json(again).at("/error/code").asText()).isEqualTo("InvalidAction.TaskCancelled");
        assertThat(ark.status(id)).isEqualTo("cancelled");
    }

    @Test
    void refusesToCancelARunningTask() {
        String id = ark.createWithPrompt("long render [sim:queue=0][sim:render=3600000]");
        await().until(() -> ark.status(id).equals("running"));

        HttpResponse<String> response = ark.delete(id);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = ArkClient.json(response).get("error");
        assertThat(error.get("code").asText()).isEqualTo("InvalidAction.TaskRunning");
        assertThat(error.get("type").asText()).isEqualTo("BadRequest");
        assertThat(ark.status(id)).isEqualTo("running");
    }

    @ParameterizedTest
    @CsvSource({"a finished clip,succeeded", "[sim:fail=OutputAudioSensitiveContentDetected],failed",
            "[sim:expire],expired"})
    void deletesAFinishedTask(String prompt, String finalStatus) {
        String id = ark.createWithPrompt(prompt);
        await().until(() -> ark.status(id).equals(finalStatus));

        HttpResponse<String> response = ark.delete(id);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{}");
        assertThat(ark.get(ArkClient.TASKS + "/" + id).statusCode()).isEqualTo(404);
        assertThat(SIM.simulator().task(id)).isEmpty();
    }

    @Test
    void filesOfADeletedTaskStayDownloadableLikePresignedUrls() {
        String id = ark.createWithPrompt("keep my file");
        await().until(() -> ark.status(id).equals("succeeded"));
        String videoUrl = ark.task(id).at("/content/video_url").asText();

        ark.delete(id);

        assertThat(ark.download(videoUrl).statusCode()).isEqualTo(200);
    }

    @Test
    void unknownTaskIsNotFound() {
        HttpResponse<String> delete = ark.delete("cgt-20200101000000-nope0");
        HttpResponse<String> get = ark.get(ArkClient.TASKS + "/cgt-20200101000000-nope0");

        for (HttpResponse<String> response : List.of(delete, get)) {
            assertThat(response.statusCode()).isEqualTo(404);
            JsonNode error = ArkClient.json(response).get("error");
            assertThat(error.get("code").asText()).isEqualTo("NotFound.TaskId");
            assertThat(error.get("param").asText()).isEqualTo("id");
            assertThat(error.get("type").asText()).isEqualTo("NotFound");
        }
    }
}
