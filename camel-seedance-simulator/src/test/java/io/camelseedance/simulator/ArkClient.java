package io.camelseedance.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A deliberately raw Ark client for the tests: plain JDK HTTP, so the tests see exactly what goes over the wire. */
final class ArkClient {

    static final String TASKS = "/contents/generations/tasks";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String arkBaseUrl;
    private final String apiKey;

    ArkClient(SeedanceSimulator simulator, String apiKey) {
        this(simulator.baseUrl("byteplus"), apiKey);
    }

    /** A client of another API of the simulator (Ace Data Cloud, the relay format), which share the transport. */
    ArkClient(String baseUrl, String apiKey) {
        this.arkBaseUrl = baseUrl;
        this.apiKey = apiKey;
    }

    HttpResponse<String> post(String path, String body) {
        return send(request(path).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Whether the bytes are an MP4: its first box is {@code ftyp}. */
    static boolean isMp4(byte[] bytes) {
        return bytes.length > 8 && new String(bytes, 4, 4, java.nio.charset.StandardCharsets.US_ASCII).equals("ftyp");
    }

    /** Creates a text-to-video task with this prompt on Seedance 2.0 and returns its id. */
    String createWithPrompt(String prompt) {
        return createTask(Bodies.textToVideo(Bodies.SEEDANCE_2_0, prompt));
    }

    /** Creates a task from this body, expecting success, and returns its id. */
    String createTask(String body) {
        HttpResponse<String> response = create(body);
        if (response.statusCode() != 200) {
            throw new AssertionError("create failed: " + response.statusCode() + " " + response.body());
        }
        return json(response).get("id").asText();
    }

    HttpResponse<String> create(String body) {
        return send(request(TASKS).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    CompletableFuture<HttpResponse<String>> createAsync(String body) {
        return sendAsync(request(TASKS).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> get(String pathAndQuery) {
        return send(request(pathAndQuery).GET());
    }

    JsonNode task(String id) {
        HttpResponse<String> response = get(TASKS + "/" + id);
        if (response.statusCode() != 200) {
            throw new AssertionError("get failed: " + response.statusCode() + " " + response.body());
        }
        return json(response);
    }

    String status(String id) {
        return task(id).get("status").asText();
    }

    HttpResponse<String> delete(String id) {
        return send(request(TASKS + "/" + id).DELETE());
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    CompletableFuture<HttpResponse<String>> sendAsync(HttpRequest.Builder request) {
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> download(String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpRequest.Builder request(String pathAndQuery) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(arkBaseUrl + pathAndQuery))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json");
        return apiKey == null ? builder : builder.header("Authorization", "Bearer " + apiKey);
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
