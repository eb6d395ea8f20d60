package io.camelseedance.component;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.camelseedance.api.SeedanceApiException;
import io.camelseedance.api.SeedanceValidationException;
import io.camelseedance.api.TaskStatus;
import io.camelseedance.api.VideoRequest;
import io.camelseedance.api.VideoTask;
import io.camelseedance.simulator.RecordedRequest;

import static org.assertj.core.api.Assertions.assertThat;

class SeedanceProducerTest extends SeedanceTestSupport {

    // a PNG within Ark's bounds (300 to 6000 pixels a side)
    static final byte[] PNG = pngOf(640, 360);

    static final int DEAD_PORT = deadPort();

    static byte[] pngOf(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @TempDir
    Path tmp;

    private static int deadPort() {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:generate").to("seedance:generate?duration=5");
                from("direct:task").to("seedance:task");
                from("direct:tasks").to("seedance:tasks");
                from("direct:cancel").to("seedance:cancel");
                from("direct:strict").to("seedance:generate?validation=strict");
                from("direct:off").to("seedance:generate?validation=off");
                from("direct:unreachable").to("seedance:generate?maxRetries=1&retryDelay=10&baseUrl=http://127.0.0.1:"
                        + DEAD_PORT + "/api/v3");
                from("direct:v1").to("seedance:generate?model=seedance-1-0-pro-250528&resolution=1080p&ratio=16:9");
            }
        };
    }

    private Exchange send(String endpoint, Object body, Map<String, Object> headers) {
        return template.request(endpoint, e -> {
            e.getMessage().setBody(body);
            e.getMessage().setHeaders(new java.util.HashMap<>(headers));
        });
    }

    @Test
    void generateFromAPromptSetsTheTaskHeaders() {
        Exchange out = send("direct:generate", "A paper boat on a rainy street", Map.of());

        assertThat(out.getException()).isNull();
        VideoTask task = out.getMessage().getBody(VideoTask.class);
        assertThat(task.status()).isEqualTo(TaskStatus.QUEUED);
        assertThat(out.getMessage().getHeader(SeedanceConstants.TASK_ID)).isEqualTo(task.id());
        assertThat(out.getMessage().getHeader(SeedanceConstants.TASK_STATUS)).isEqualTo("QUEUED");
        assertThat(out.getMessage().getHeader(SeedanceConstants.PROVIDER)).isEqualTo("byteplus");
        assertThat(out.getMessage().getHeader(SeedanceConstants.MODEL)).isEqualTo(MODEL);
        assertThat(out.getMessage().getHeader(Exchange.FILE_NAME)).isEqualTo(task.id() + ".mp4");
        JsonNode body = lastBody(TASKS);
        assertThat(body.get("model").asText()).isEqualTo(MODEL);
        assertThat(body.get("duration").asInt()).isEqualTo(5);
        assertThat(body.at("/content/0/text").asText()).isEqualTo("A paper boat on a rainy street");
    }

    @Test
    void headersOverrideOptionsAndBody() {
        send("direct:generate", "From the body", Map.of(SeedanceConstants.DURATION, "8",
                SeedanceConstants.RESOLUTION, "480p", SeedanceConstants.PROMPT, "From a header"));

        JsonNode body = lastBody(TASKS);
        assertThat(body.get("duration").asInt()).isEqualTo(8);
        assertThat(body.get("resolution").asText()).isEqualTo("480p");
        assertThat(body.at("/content/0/text").asText()).isEqualTo("From a header");
    }

    @Test
    void generateFromAMapAndFromJsonText() {
        send("direct:generate", Map.of("prompt", "map prompt", "ratio", "9:16", "images",
                List.of(Map.of("url", "https://example.com/a.png", "role", "first_frame"))), Map.of());
        JsonNode fromMap = lastBody(TASKS);
        assertThat(fromMap.get("ratio").asText()).isEqualTo("9:16");
        assertThat(fromMap.at("/content/1/role").asText()).isEqualTo("first_frame");

        send("direct:generate", "{\"prompt\":\"json prompt\",\"seed\":7,\"watermark\":true,"
                + "\"images\":[\"https://example.com/ref1.png\",\"https://example.com/ref2.png\"]}",
                Map.of());
        JsonNode fromJson = lastBody(TASKS);
        assertThat(fromJson.get("seed").asLong()).isEqualTo(7);
        assertThat(fromJson.get("watermark").asBoolean()).isTrue();
        assertThat(fromJson.at("/content/1/role").asText()).isEqualTo("reference_image");
        assertThat(fromJson.at("/content/2/role").asText()).isEqualTo("reference_image");
    }

    @Test
    void generateFromAVideoRequest() {
        send("direct:generate", VideoRequest.builder().prompt("typed").generateAudio(false).build(), Map.of());

        JsonNode body = lastBody(TASKS);
        assertThat(body.get("generate_audio").asBoolean()).isFalse();
        assertThat(body.get("model").asText()).isEqualTo(MODEL);
    }

    @Test
    void imageBytesAndStreamsBecomeTheFirstFrameAsADataUrl() {
        send("direct:generate", PNG, Map.of(SeedanceConstants.PROMPT, "animate it"));
        assertThat(lastBody(TASKS).at("/content/1/image_url/url").asText()).startsWith("data:image/png;base64,");
        assertThat(lastBody(TASKS).at("/content/1/role").asText()).isEqualTo("first_frame");

        send("direct:generate", new ByteArrayInputStream(PNG), Map.of());
        assertThat(lastBody(TASKS).at("/content/0/image_url/url").asText()).startsWith("data:image/png;base64,");
    }

    @Test
    void filesAreReadByKind() throws Exception {
        File prompt = Files.writeString(tmp.resolve("idea.txt"), "A lighthouse at night\n").toFile();
        send("direct:generate", prompt, Map.of());
        assertThat(lastBody(TASKS).at("/content/0/text").asText()).isEqualTo("A lighthouse at night");

        File json = Files.writeString(tmp.resolve("req.json"), "{\"prompt\":\"from json file\",\"duration\":6}")
                .toFile();
        send("direct:generate", json, Map.of());
        assertThat(lastBody(TASKS).get("duration").asInt()).isEqualTo(6);

        File image = Files.write(tmp.resolve("frame.png"), PNG).toFile();
        send("direct:generate", image, Map.of());
        assertThat(lastBody(TASKS).at("/content/0/image_url/url").asText()).startsWith("data:image/png;base64,");
    }

    @Test
    void aFileFromTheFileComponentIsReadToo() throws Exception {
        Files.writeString(tmp.resolve("inbox.txt"), "Waves on a pebble beach");
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("file:" + tmp + "?noop=true&include=.*\\.txt").to("seedance:generate").to("mock:created");
            }
        });
        getMockEndpoint("mock:created").expectedMessageCount(1);

        getMockEndpoint("mock:created").assertIsSatisfied();
        assertThat(lastBody(TASKS).at("/content/0/text").asText()).isEqualTo("Waves on a pebble beach");
    }

    @Test
    void notAnImageIsRejectedBeforeSending() {
        Exchange out = send("direct:generate", "plain bytes".getBytes(StandardCharsets.UTF_8), Map.of());

        assertThat(out.getException()).isInstanceOf(SeedanceValidationException.class)
                .hasMessageContaining("images");
        assertThat(SIM.simulator().requests()).isEmpty();
    }

    @Test
    void unknownFieldsAreRejectedNamingTheField() {
        Exchange out = send("direct:generate", "{\"prompt\":\"x\",\"durration\":5}", Map.of());

        assertThat(out.getException()).isInstanceOf(SeedanceValidationException.class)
                .hasMessageContaining("durration");
        assertThat(SIM.simulator().requests()).isEmpty();
    }

    @Test
    void taskFetchesByHeaderOrBodyAndReachesSuccess() {
        String id = send("direct:generate", "to be fetched", Map.of()).getMessage()
                .getHeader(SeedanceConstants.TASK_ID, String.class);

        followToEnd("direct:task", id);
        Exchange out = send("direct:task", null, Map.of(SeedanceConstants.TASK_ID, id));

        VideoTask task = out.getMessage().getBody(VideoTask.class);
        assertThat(task.status()).isEqualTo(TaskStatus.SUCCEEDED);
        assertThat(out.getMessage().getHeader(SeedanceConstants.VIDEO_URL)).isEqualTo(task.videoUrl());
        assertThat(out.getMessage().getHeader(SeedanceConstants.DURATION)).isEqualTo(5);
        assertThat(out.getMessage().getHeader(SeedanceConstants.RESOLUTION)).isEqualTo(task.output().resolution());
        assertThat(out.getMessage().getHeader(SeedanceConstants.COMPLETION_TOKENS)).isNotNull();
        assertThat(out.getMessage().getHeader(Exchange.FILE_NAME)).isEqualTo(id + ".mp4");
    }

    @Test
    void aFailedTaskCarriesItsErrorHeaders() {
        String id = send("direct:generate", "bad output [sim:fail=OutputVideoSensitiveContentDetected]", Map.of())
                .getMessage().getHeader(SeedanceConstants.TASK_ID, String.class);

        followToEnd("direct:task", id);
        Exchange out = send("direct:task", id, Map.of());

        assertThat(out.getMessage().getHeader(SeedanceConstants.TASK_STATUS)).isEqualTo("FAILED");
        assertThat(out.getMessage().getHeader(SeedanceConstants.ERROR_CODE))
                .isEqualTo("OutputVideoSensitiveContentDetected");
        assertThat(out.getMessage().getHeader(SeedanceConstants.CONTENT_POLICY)).isEqualTo(true);
    }

    @Test
    void tasksListsWithFilters() {
        String a = send("direct:generate", "list me a", Map.of()).getMessage()
                .getHeader(SeedanceConstants.TASK_ID, String.class);
        String b = send("direct:generate", "list me b", Map.of()).getMessage()
                .getHeader(SeedanceConstants.TASK_ID, String.class);

        Exchange out = send("direct:tasks", null, Map.of(SeedanceConstants.TASK_IDS, a + "," + b,
                SeedanceConstants.PAGE_SIZE, 10));

        @SuppressWarnings("unchecked")
        List<VideoTask> tasks = out.getMessage().getBody(List.class);
        assertThat(tasks).extracting(VideoTask::id).containsExactlyInAnyOrder(a, b);
        assertThat(out.getMessage().getHeader(SeedanceConstants.TASK_TOTAL)).isEqualTo(2L);
        RecordedRequest list = SIM.simulator().requests("GET", TASKS).get(0);
        assertThat(list.queryParams()).containsEntry("page_size", List.of("10"))
                .containsEntry("filter.model", List.of(MODEL));
    }

    @Test
    void cancelCancelsAQueuedTask() {
        String id = send("direct:generate", "never mind [sim:queue=60000]", Map.of()).getMessage()
                .getHeader(SeedanceConstants.TASK_ID, String.class);

        Exchange out = send("direct:cancel", id, Map.of());

        assertThat(out.getException()).isNull();
        assertThat(send("direct:task", id, Map.of()).getMessage().getHeader(SeedanceConstants.TASK_STATUS))
                .isEqualTo("CANCELLED");
        assertThat(SIM.simulator().requests("DELETE", TASKS)).hasSize(1);
    }

    @Test
    void theOperationHeaderOverridesTheUri() {
        String id = send("direct:generate", "switch op", Map.of()).getMessage()
                .getHeader(SeedanceConstants.TASK_ID, String.class);

        Exchange out = send("direct:generate", null, Map.of(SeedanceConstants.OPERATION, "task",
                SeedanceConstants.TASK_ID, id));

        assertThat(out.getMessage().getBody(VideoTask.class).id()).isEqualTo(id);
        assertThat(SIM.simulator().requests("POST", TASKS)).hasSize(1);
    }

    @Test
    void aRefusedConnectionCompletesTheExchangeWithAnException() {
        Exchange out = template.send("direct:unreachable", e -> e.getMessage().setBody("nobody listens"));

        assertThat(out.getException()).isInstanceOf(io.camelseedance.api.SeedanceException.class)
                .hasMessageContaining("cannot connect");
    }

    @Test
    void providerErrorsSurfaceCodeMessageAndRequestId() {
        Exchange out = send("direct:off", "x", Map.of(SeedanceConstants.DURATION, 99));

        assertThat(out.getException()).isInstanceOf(SeedanceApiException.class);
        SeedanceApiException e = (SeedanceApiException) out.getException();
        assertThat(e.code()).isEqualTo("InvalidParameter");
        assertThat(e.param()).isEqualTo("duration");
        assertThat(e.requestId()).isNotBlank();
        assertThat(e.getMessage()).contains(e.requestId());
    }

    @Test
    void strictModeRejectsUnknownModelsAndLenientLetsThemThrough() {
        Exchange strict = send("direct:strict", "x", Map.of(SeedanceConstants.MODEL, "seedance-9-9-future"));
        assertThat(strict.getException()).isInstanceOf(SeedanceValidationException.class)
                .hasMessageContaining("model");
        assertThat(SIM.simulator().requests()).isEmpty();

        Exchange lenient = send("direct:generate", "x", Map.of(SeedanceConstants.MODEL, "seedance-9-9-future"));
        // the simulator, like Ark, does not know the model: the request was sent and the provider said no
        assertThat(lenient.getException()).isInstanceOf(SeedanceApiException.class);
        assertThat(SIM.simulator().requests("POST", TASKS)).hasSize(1);
    }

    @Test
    void optionsOfTheUriAreSent() {
        send("direct:v1", "A horse in a field", Map.of());

        JsonNode body = lastBody(TASKS);
        assertThat(body.get("model").asText()).isEqualTo("seedance-1-0-pro-250528");
        assertThat(body.get("resolution").asText()).isEqualTo("1080p");
        assertThat(body.get("ratio").asText()).isEqualTo("16:9");
    }

    @Test
    void theApiKeyIsMaskedWhereverTheEndpointIsShown() {
        var endpoint = context.getEndpoint("seedance:generate?apiKey=RAW(super-secret-key-4711)&model=" + MODEL);

        assertThat(endpoint.toString()).doesNotContain("super-secret-key-4711");
        assertThat(org.apache.camel.util.URISupport.sanitizeUri(endpoint.getEndpointUri()))
                .doesNotContain("super-secret-key-4711");
    }
}
