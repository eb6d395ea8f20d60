package io.camelseedance.component;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.test.AvailablePortFinder;

import io.camelseedance.TestSecrets;
import io.camelseedance.simulator.CallbackDelivery;

import static org.awaitility.Awaitility.await;

/**
 * Route tests with a real HTTP server (platform-http on Vert.x, 127.0.0.1, a free port) to which the simulator POSTs
 * its callbacks: the component asks for callbacks at that server, with a known token.
 */
abstract class CallbackTestSupport extends SeedanceTestSupport {

    static final String TOKEN = TestSecrets.CALLBACK_TOKEN;
    static final Duration WAIT = Duration.ofSeconds(20);

    final int port = AvailablePortFinder.getNextAvailable();
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        addLoopbackHttpServer(context, port);
        return context;
    }

    /** A real platform-http server (Vert.x) on 127.0.0.1, as the callback consumer finds it in production. */
    static void addLoopbackHttpServer(CamelContext context, int port) throws Exception {
        VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
        server.setBindHost("127.0.0.1");
        server.setBindPort(port);
        context.addService(new VertxPlatformHttpServer(server));
    }

    @Override
    protected void configure(SeedanceComponent seedance) {
        seedance.getConfiguration().setCallbackBaseUrl(baseUrl());
        seedance.getConfiguration().setCallbackToken(TOKEN);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    HttpResponse<String> post(String pathAndQuery, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + pathAndQuery))
                .timeout(Duration.ofSeconds(4)) // inside the 5 s Ark gives a callback
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postCallback(String body) throws Exception {
        return post(CallbackAddress.DEFAULT_PATH + "/" + TOKEN, body);
    }

    /** Submits a task without waiting for it; the simulator will send its callbacks. */
    String submit(String prompt) {
        return template.requestBody("seedance:generate", prompt, io.camelseedance.api.VideoTask.class).id();
    }

    /** The task as the provider's GET returns it now, with another status: what a stale or forged callback says. */
    static String withStatus(String taskJson, String status) throws Exception {
        ObjectNode task = (ObjectNode) io.camelseedance.provider.JsonSupport.MAPPER.readTree(taskJson);
        task.put("status", status);
        return task.toString();
    }

    String taskJson(String id) {
        return SIM.simulator().task(id).orElseThrow().toString();
    }

    void awaitStatus(String id, String status) {
        await().atMost(WAIT).until(() -> status.equals(SIM.simulator().task(id).orElseThrow().get("status").asText()));
    }

    /** Waits until the simulator's callback of the task's final status has been answered with a 2xx. */
    CallbackDelivery awaitFinalCallbackAcknowledged(String id) {
        await().atMost(WAIT).until(() -> finalCallback(id) != null);
        return finalCallback(id);
    }

    private static CallbackDelivery finalCallback(String id) {
        return SIM.simulator().callbacks().stream()
                .filter(d -> d.taskId().equals(id) && List.of("succeeded", "failed", "expired").contains(d.status())
                        && d.acknowledged())
                .findFirst().orElse(null);
    }

    /** Waits until every callback answered so far has been processed (confirmed, emitted or dropped). */
    void awaitCallbacksProcessed() {
        await().atMost(WAIT).until(() -> context.getRoutes().stream().map(Route::getConsumer)
                .filter(SeedanceCallbackConsumer.class::isInstance).map(SeedanceCallbackConsumer.class::cast)
                .allMatch(consumer -> consumer.callbacksInProgress() == 0));
    }
}
