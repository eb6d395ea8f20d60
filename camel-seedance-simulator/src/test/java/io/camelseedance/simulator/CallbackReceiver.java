package io.camelseedance.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
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

    CallbackReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/seedance/callback";
    }

    void answerWith(int status) {
        answerStatus.set(status);
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    List<String> statuses() {
        return received.stream().map(r -> r.body().get("status").asText()).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        received.add(new Received(exchange.getRequestHeaders().getFirst("Content-Type"), MAPPER.readTree(body),
                Instant.now()));
        exchange.sendResponseHeaders(answerStatus.get(), -1);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
