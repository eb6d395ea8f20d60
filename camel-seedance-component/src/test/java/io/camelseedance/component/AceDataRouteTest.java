package io.camelseedance.component;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.camelseedance.api.TaskStatus;
import io.camelseedance.api.VideoRequest;
import io.camelseedance.api.VideoRequestReader;
import io.camelseedance.api.VideoTask;
import io.camelseedance.provider.Providers;
import io.camelseedance.provider.acedata.AceDataExamples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Ace Data Cloud's own ways, end to end (what every provider does is {@link ProviderContractTest}'s): blocking mode,
 * a callback URL instead of {@code async}, the array shape of its answers, prefixed options reaching its body, and
 * failed tasks.
 */
class AceDataRouteTest extends SeedanceTestSupport {

    private static final String VIDEOS = "/acedata/seedance/videos";
    private static final String ACE_TASKS = "/acedata/seedance/tasks";

    private HttpServer callbackReceiver;
    private final List<String> callbacks = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopReceiver() {
        if (callbackReceiver != null) {
            callbackReceiver.stop(0);
        }
    }

    @Override
    protected void configure(SeedanceComponent seedance) {
        keyOnly(seedance);
    }

    private static String ace(String operation, String options) {
        return "seedance:" + operation + "?provider=acedata&baseUrl=" + SIM.baseUrl("acedata") + options;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:generate").to(ace("generate", ""));
                from("direct:blocking").to(ace("generate", "&providerOption.mode=blocking&requestTimeout=20000"));
                from("direct:task").to(ace("task", ""));
                from("direct:extra").to(ace("generate", "&extra.watermark=true"));
            }
        };
    }

    @Test
    void prefixedUriOptionsReachTheProvider() {
        send("direct:extra", AceDataExamples.documentedCreate());

        assertThat(lastBody(VIDEOS).get("watermark").asBoolean()).isTrue();
        assertThat(lastBody(VIDEOS).get("async").asBoolean()).isTrue();
    }

    // seed 000: "duration number": a fraction of a second reaches Ace as sent, and the task renders
    @Test
    void aFractionalDurationReachesAceAsANumber() {
        Exchange out = send("direct:generate",
                VideoRequestReader.fromJson("{\"model\":\"doubao-seedance-1-0-pro-250528\","
                        + "\"prompt\":\"a kitten yawns\",\"duration\":4.5}"));

        assertThat(out.getException()).isNull();
        JsonNode sent = lastBody(VIDEOS);
        assertThat(sent.get("duration").isNumber()).isTrue();
        assertThat(sent.get("duration").decimalValue()).isEqualByComparingTo("4.5");
        String id = out.getMessage().getHeader(SeedanceConstants.TASK_ID, String.class);
        await().until(() -> send("direct:task", id).getMessage().getBody(VideoTask.class).isTerminal());
        assertThat(send("direct:task", id).getMessage().getBody(VideoTask.class).status())
                .isEqualTo(TaskStatus.SUCCEEDED);
    }

    @Test
    void theArrayShapeIsReadToo() {
        VideoRequest request = AceDataExamples.documentedCreate().toBuilder()
                .prompt("The woman smiles and waves [sim:shape=array]").build();

        String id = send("direct:generate", request).getMessage().getHeader(SeedanceConstants.TASK_ID, String.class);
        VideoTask done = followToEnd("direct:task", id);

        assertThat(done.status()).isEqualTo(TaskStatus.SUCCEEDED);
        assertThat(done.usage().totalTokens()).isPositive();
        assertThat(done.createdAt()).isNotNull();
        assertThat(done.videoUrl()).endsWith(".mp4");
    }

    @Test
    void blockingModeAnswersWithTheFinishedVideo() throws Exception {
        Exchange out = send("direct:blocking", AceDataExamples.documentedCreate());

        assertThat(out.getException()).isNull();
        VideoTask task = out.getMessage().getBody(VideoTask.class);
        assertThat(task.status()).isEqualTo(TaskStatus.SUCCEEDED);
        assertThat(out.getMessage().getHeader(SeedanceConstants.VIDEO_URL)).isEqualTo(task.videoUrl());
        assertThat(VideoDownloads.isMp4(VideoDownloads.download(task.videoUrl()).body())).isTrue();
        JsonNode sent = lastBody(VIDEOS);
        assertThat(sent.has("async")).isFalse();
        assertThat(sent.has("callback_url")).isFalse();
    }

    @Test
    void aCallbackUrlReplacesPollingAndItsBodyParses() throws IOException {
        callbackReceiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        callbackReceiver.createContext("/", exchange -> {
            callbacks.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        callbackReceiver.start();
        String url = "http://127.0.0.1:" + callbackReceiver.getAddress().getPort() + "/ace/cb/secret";

        String id = send("direct:generate", AceDataExamples.documentedCreate().toBuilder().callbackUrl(url).build())
                .getMessage().getHeader(SeedanceConstants.TASK_ID, String.class);

        JsonNode sent = lastBody(VIDEOS);
        assertThat(sent.get("callback_url").asText()).isEqualTo(url);
        assertThat(sent.has("async")).isFalse();
        await().atMost(Duration.ofSeconds(10)).until(() -> callbacks.size() == 1);
        VideoTask pushed = Providers.of("acedata").newDialect(Map.of()).parseCallback(callbacks.get(0));
        assertThat(pushed.id()).isEqualTo(id);
        assertThat(pushed.status()).isEqualTo(TaskStatus.SUCCEEDED);
        assertThat(pushed.videoUrl()).endsWith(".mp4");
    }

    @Test
    void aFailedTaskCarriesItsErrorHeaders() {
        VideoRequest request = AceDataExamples.documentedCreate().toBuilder()
                .prompt("bad output [sim:fail=OutputVideoSensitiveContentDetected]").build();
        String id = send("direct:generate", request).getMessage().getHeader(SeedanceConstants.TASK_ID, String.class);

        followToEnd("direct:task", id);
        Exchange out = send("direct:task", id);

        assertThat(out.getMessage().getHeader(SeedanceConstants.TASK_STATUS)).isEqualTo("FAILED");
        assertThat(out.getMessage().getHeader(SeedanceConstants.ERROR_CODE))
                .isEqualTo("OutputVideoSensitiveContentDetected");
        assertThat(out.getMessage().getHeader(SeedanceConstants.CONTENT_POLICY)).isEqualTo(true);
    }

}
