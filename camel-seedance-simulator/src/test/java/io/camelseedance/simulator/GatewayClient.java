package io.camelseedance.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * A deliberately raw client of the simulated gateway providers (EvoLink, APIMart): plain JDK HTTP, so the tests see
 * exactly what goes over the wire. Bodies may be written with single quotes.
 */
final class GatewayClient {

    static final String CREATE = "/v1/videos/generations";
    static final String TASKS = "/v1/tasks/";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String baseUrl;
    private final String apiKey;

    GatewayClient(String baseUrl, String apiKey) {
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
    }

    HttpResponse<String> create(String body) {
        return send(createRequest(body));
    }

    /** Sends a body written in real JSON, apostrophes and all, as it is. */
    HttpResponse<String> createJson(String json) {
        return send(request(CREATE).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> create(String body, String idempotencyKey) {
        return send(createRequest(body).header("Idempotency-Key", idempotencyKey));
    }

    CompletableFuture<HttpResponse<String>> createAsync(String body) {
        return http.sendAsync(createRequest(body).build(), HttpResponse.BodyHandlers.ofString());
    }

    CompletableFuture<HttpResponse<String>> createAsync(String body, String idempotencyKey) {
        return http.sendAsync(createRequest(body).header("Idempotency-Key", idempotencyKey).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String pathAndQuery) {
        return send(request(pathAndQuery).GET());
    }

    HttpResponse<String> task(String id) {
        return get(TASKS + id);
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

    byte[] download(String url) {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new AssertionError("download failed: " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpRequest.Builder request(String pathAndQuery) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json");
        return apiKey == null ? builder : builder.header("Authorization", "Bearer " + apiKey);
    }

    private HttpRequest.Builder createRequest(String body) {
        return request(CREATE).POST(HttpRequest.BodyPublishers.ofString(Bodies.json(body)));
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the bytes start like an MP4 file: a box whose type is {@code ftyp}. */
    static boolean isMp4(byte[] bytes) {
        return bytes.length > 8 && bytes[4] == 'f' && bytes[5] == 't' && bytes[6] == 'y' && bytes[7] == 'p';
    }
}
