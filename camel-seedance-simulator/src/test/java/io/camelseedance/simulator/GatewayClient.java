package io.camelseedance.simulator;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A deliberately raw client of the simulated gateway providers (EvoLink, APIMart): plain JDK HTTP, so the tests see
 * exactly what goes over the wire. Bodies may be written with single quotes.
 */
final class GatewayClient {

    static final String CREATE = "/v1/videos/generations";
    static final String TASKS = "/v1/tasks/";

    /** The transport every simulated API shares. */
    private final ArkClient transport;

    GatewayClient(String baseUrl, String apiKey) {
        this.transport = new ArkClient(baseUrl, apiKey);
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
        return transport.sendAsync(createRequest(body));
    }

    CompletableFuture<HttpResponse<String>> createAsync(String body, String idempotencyKey) {
        return transport.sendAsync(createRequest(body).header("Idempotency-Key", idempotencyKey));
    }

    HttpResponse<String> get(String pathAndQuery) {
        return send(request(pathAndQuery).GET());
    }

    HttpResponse<String> task(String id) {
        return get(TASKS + id);
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        return transport.send(request);
    }

    byte[] download(String url) {
        HttpResponse<byte[]> response = transport.download(url);
        if (response.statusCode() != 200) {
            throw new AssertionError("download failed: " + response.statusCode());
        }
        return response.body();
    }

    HttpRequest.Builder request(String pathAndQuery) {
        return transport.request(pathAndQuery);
    }

    private HttpRequest.Builder createRequest(String body) {
        return request(CREATE).POST(HttpRequest.BodyPublishers.ofString(Bodies.json(body)));
    }

    static JsonNode json(HttpResponse<String> response) {
        return ArkClient.json(response);
    }

    static boolean isMp4(byte[] bytes) {
        return ArkClient.isMp4(bytes);
    }
}
