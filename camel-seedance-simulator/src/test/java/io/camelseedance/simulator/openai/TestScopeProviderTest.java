package io.camelseedance.simulator.openai;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelseedance.simulator.SeedanceSimulator;
import io.camelseedance.simulator.SeedanceSimulatorExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A provider registered only in the test resources' {@code META-INF/services} is served like a built-in one: its
 * tasks run through the shared Ark lifecycle and end in the same MP4.
 */
class TestScopeProviderTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @RegisterExtension
    static final SeedanceSimulatorExtension SIM = new SeedanceSimulatorExtension(SeedanceSimulator.builder()
            .apiKey("key").queuedFor(Duration.ofMillis(50)).runningFor(Duration.ofMillis(100)));

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    @Test
    void isServedUnderItsIdAndFollowsATaskToItsVideo() throws Exception {
        assertThat(SIM.simulator().providerIds()).contains(OpenAiVideosProvider.ID, "byteplus", "volcengine");
        String baseUrl = SIM.baseUrl(OpenAiVideosProvider.ID);
        assertThat(baseUrl).isEqualTo(SIM.simulator().baseUri() + "/openai");

        HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(baseUrl + "/v1/videos"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"prompt\":\"a lighthouse at dusk\"}")));
        assertThat(created.statusCode()).isEqualTo(200);
        String id = json(created).get("id").asText();
        assertThat(id).startsWith("video_cgt-");
        assertThat(SIM.simulator().createdTaskIds()).containsExactly(id.substring("video_".length()));

        await().until(() -> json(send(HttpRequest.newBuilder(URI.create(baseUrl + "/v1/videos/" + id))))
                .get("status").asText().equals("completed"));
        assertThat(SIM.simulator().task(id)).hasValueSatisfying(
                task -> assertThat(task.get("status").asText()).isEqualTo("completed"));

        HttpResponse<byte[]> video = http.send(authorized(HttpRequest.newBuilder(
                URI.create(baseUrl + "/v1/videos/" + id + "/content"))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(video.statusCode()).isEqualTo(200);
        assertThat(video.headers().firstValue("Content-Type")).hasValue("video/mp4");
        assertThat(video.body()).isEqualTo(SIM.simulator().video(id.substring("video_".length())).orElseThrow());
    }

    @Test
    void scheduledFailuresAnswerInItsOwnErrorFormat() throws Exception {
        SIM.simulator().failNext("POST", "/openai/v1/videos", 429, 1);

        HttpResponse<String> limited = send(HttpRequest.newBuilder(URI.create(SIM.baseUrl(OpenAiVideosProvider.ID)
                + "/v1/videos")).POST(HttpRequest.BodyPublishers.ofString("{\"prompt\":\"x\"}")));

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(json(limited).at("/error/type").asText()).isEqualTo("rate_limit_exceeded");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(authorized(request).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder authorized(HttpRequest.Builder request) {
        return request.header("Authorization", "Bearer key").header("Content-Type", "application/json");
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return MAPPER.readTree(response.body());
    }
}
