package io.camelseedance.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** A stand-in for the user's callback endpoint: records what arrives and answers with a chosen status. */
final class CallbackReceiver implements AutoCloseable {

    record Received(String contentType, JsonNode body, Instant at) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger answerStatus = new AtomicInteger(200);
    // a held-back answer must not hold back the next attempt, which arrives while it waits
    private final ExecutorService handlers = Executors.newCachedThreadPool();
    private final Map<String, Duration> firstAnswerDelays = new ConcurrentHashMap<>();

    CallbackReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(handlers);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/seedance/callback";
    }

    void answerWith(int status) {
        answerStatus.set(status);
    }

    /** Holds back the answer to the first callback of this status, e.g. past the sender's confirmation window. */
    void delayFirstAnswer(String status, Duration delay) {
        firstAnswerDelays.put(status, delay);
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    List<String> statuses() {
        return received.stream().map(r -> r.body().get("status").asText()).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        JsonNode json = MAPPER.readTree(body);
        received.add(new Received(exchange.getRequestHeaders().getFirst("Content-Type"), json, Instant.now()));
        Duration delay = firstAnswerDelays.remove(json.path("status").asText());
        if (delay != null) {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        exchange.sendResponseHeaders(answerStatus.get(), -1);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
    }
}
