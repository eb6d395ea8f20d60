package io.camelseedance.examples.watch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.main.Main;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

import io.camelseedance.examples.FreePort;
import io.camelseedance.examples.PipelineDsl;
import io.camelseedance.examples.standin.LocalStandIns;
import io.camelseedance.simulator.SeedanceSimulator;

/**
 * The pipeline with its watch page on, against the simulator, S3Proxy and GreenMail, with its task store in files;
 * and beside it a second instance that runs the watch page only, sharing the inbox, the bucket and the task store
 * but nothing in memory: what its page shows, it can only have read from them.
 */
final class WatchedPipeline implements AutoCloseable {

    static final String BUCKET = "seedance-videos";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LocalStandIns standIns;
    private final Main pipeline;
    private final Main pageOnly;
    private final Path inbox;
    private final int pipelinePort;
    private final int pageOnlyPort;
    private final HttpClient http = HttpClient.newHttpClient();

    private WatchedPipeline(LocalStandIns standIns, Main pipeline, Main pageOnly, Path inbox, int pipelinePort,
            int pageOnlyPort) {
        this.standIns = standIns;
        this.pipeline = pipeline;
        this.pageOnly = pageOnly;
        this.inbox = inbox;
        this.pipelinePort = pipelinePort;
        this.pageOnlyPort = pageOnlyPort;
    }

    /**
     * Tasks queued and running long enough for a page polling every second to see them generating.
     *
     * @param dsl which version of the pipeline runs: the page watches both the same way
     */
    static WatchedPipeline start(Path dir, PipelineDsl dsl) throws Exception {
        LocalStandIns standIns = LocalStandIns.in(dir)
                .simulator(Duration.ofMillis(500), Duration.ofMillis(1500), Duration.ofMillis(100))
                .s3().smtp().start();
        Path inbox = dir.resolve("inbox");
        Map<String, String> shared = new LinkedHashMap<>(standIns.properties());
        shared.put("pipeline.inbox", inbox.toString());
        shared.put("camel.component.seedance.task-store-directory", dir.resolve("tasks").toString());
        shared.put("pipeline.watch.enabled", "true");
        Main pipeline = null;
        Main pageOnly = null;
        try {
            int pipelinePort = FreePort.onLoopback();
            Map<String, String> properties = new LinkedHashMap<>(shared);
            properties.put("camel.server.port", Integer.toString(pipelinePort));
            properties.put("pipeline.inbox.poll", "100");
            properties.put("pipeline.inbox.settle", "300");
            properties.put("camel.component.seedance.poll-max-delay", "200");
            pipeline = dsl.newMain(properties);
            pipeline.start();

            int pageOnlyPort = FreePort.onLoopback();
            pageOnly = new Main();
            shared.forEach(pageOnly::addOverrideProperty);
            pageOnly.addOverrideProperty("camel.server.port", Integer.toString(pageOnlyPort));
            pageOnly.addMainListener(new WatchPageMode());
            pageOnly.configure().addRoutesBuilder(new WatchPageRoutes());
            pageOnly.start();
            return new WatchedPipeline(standIns, pipeline, pageOnly, inbox, pipelinePort, pageOnlyPort);
        } catch (Exception e) {
            stop(pageOnly);
            stop(pipeline);
            standIns.close();
            throw e;
        }
    }

    /** The page of the instance that runs the pipeline. */
    URI pipelinePage() {
        return URI.create("http://127.0.0.1:" + pipelinePort + WatchPageRoutes.PATH);
    }

    /** The page of the instance that runs nothing but the page. */
    URI pageOnlyPage() {
        return URI.create("http://127.0.0.1:" + pageOnlyPort + WatchPageRoutes.PATH);
    }

    Path inbox() {
        return inbox;
    }

    /** Drops a file the careful way: written under a hidden name, then renamed into the inbox. */
    void drop(String name, String content) throws IOException {
        drop(name, content, null);
    }

    /**
     * Drops a file whose modification time lies ahead: the pipeline leaves it waiting until it has rested for the
     * settle time after then, which holds it in the inbox long enough for a page to see it waiting.
     */
    void drop(String name, String content, Instant modified) throws IOException {
        Files.createDirectories(inbox);
        Path hidden = inbox.resolve("." + name + ".part");
        Files.writeString(hidden, content, StandardCharsets.UTF_8);
        if (modified != null) {
            Files.setLastModifiedTime(hidden, FileTime.from(modified));
        }
        Files.move(hidden, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    /** The state a page serves. */
    JsonNode state(URI page) throws IOException, InterruptedException {
        return JSON.readTree(get(page.resolve(page.getPath() + "/state"), Map.of()).body());
    }

    /** The row of the input in a state, or {@code null}. */
    static JsonNode row(JsonNode state, String name) {
        for (JsonNode row : state.get("rows")) {
            if (row.get("id").asText().equals("input:" + name)) {
                return row;
            }
        }
        return null;
    }

    HttpResponse<byte[]> get(URI uri, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    List<String> s3Keys() {
        try (S3Client s3 = standIns.s3().orElseThrow().client()) {
            return s3.listObjectsV2Paginator(b -> b.bucket(BUCKET)).contents().stream().map(S3Object::key).toList();
        }
    }

    /** The simulator the pipeline calls. */
    SeedanceSimulator simulator() {
        return standIns.simulator().orElseThrow();
    }

    byte[] s3Object(String key) {
        try (S3Client s3 = standIns.s3().orElseThrow().client()) {
            return s3.getObjectAsBytes(b -> b.bucket(BUCKET).key(key)).asByteArray();
        }
    }

    @Override
    public void close() throws Exception {
        stop(pageOnly);
        stop(pipeline);
        standIns.close();
    }

    private static void stop(Main main) {
        if (main != null) {
            main.stop();
        }
    }
}
