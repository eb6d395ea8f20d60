package io.camelseedance.benchmarks;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.HdrHistogram.Histogram;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.impl.DefaultCamelContext;

import io.camelseedance.component.SeedanceComponent;

/**
 * Measurement 4, one side per JVM: the driver plays the provider and POSTs the final-status callback of finished
 * tasks (their JSON as the simulator's GET returns it) to a platform-http (Vert.x) server on 127.0.0.1, with a fixed
 * number in flight. {@code camel}: a {@code seedance:callback} route (token check, confirming GET of the task from
 * the simulator, then one exchange per task). {@code raw}: a {@code platform-http} route that parses the JSON and
 * takes the id, the floor of receiving a callback in Camel at all. {@code unconfirmed}: the {@code seedance:callback}
 * route with {@code callbackConfirm=false}, which splits the consumer's own cost from the confirmation's.
 * <p>
 * Reports callbacks accepted per second (2xx answers), the answer latency, and callback → exchange latency (from
 * sending the callback to the route's processor seeing the task).
 * <p>
 * Then {@code pacedCount} more callbacks at {@code pacedRate} per second (open loop), for the latency below saturation.
 * <p>
 * The CPU time per accepted callback over the saturated part, of this JVM (sender, server and route) and of the
 * simulator JVM (the confirming reads), read through its admin port: on 2 cores the accepted rate is bounded by it.
 * <p>
 * Arguments: {@code camel|unconfirmed|raw arkBaseUrl adminPort tasks warmupTasks concurrency pacedCount pacedRate}.
 */
public final class CallbackProbe {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String TOKEN = "bench-callback-token_0123456789abcdefghijklmnop";

    private CallbackProbe() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        String ark = args[1];
        int adminPort = Integer.parseInt(args[2]);
        int tasks = Integer.parseInt(args[3]);
        int warmup = Integer.parseInt(args[4]);
        int concurrency = Integer.parseInt(args[5]);
        int pacedCount = Integer.parseInt(args[6]);
        int pacedRate = Integer.parseInt(args[7]);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        List<String> bodies = finishedTasks(http, ark, tasks);

        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        Histogram toExchange = Bench.histogram();
        AtomicLong exchanges = new AtomicLong();
        DefaultCamelContext context = new DefaultCamelContext();
        VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
        server.setBindHost("127.0.0.1");
        server.setBindPort(port);
        context.addService(new VertxPlatformHttpServer(server));
        String path;
        boolean component = !mode.equals("raw");
        if (component) {
            SeedanceComponent seedance = Bench.component(ark);
            seedance.getConfiguration().setCallbackBaseUrl("http://127.0.0.1:" + port);
            seedance.getConfiguration().setCallbackToken(TOKEN);
            seedance.getConfiguration().setCallbackConfirm(!mode.equals("unconfirmed"));
            context.addComponent("seedance", seedance);
            path = "/seedance/callback/" + TOKEN;
        } else {
            path = "/raw/callback";
        }
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                (component
                        ? from("seedance:callback")
                        : from("platform-http:/raw/callback?httpMethodRestrict=POST")
                                .process(e -> {
                                    JsonNode task = JSON.readTree(e.getMessage().getBody(String.class));
                                    e.getMessage().setHeader("CamelSeedanceTaskId", task.get("id").asText());
                                }))
                        .process(e -> {
                            Long sent = sentAt.remove(e.getMessage().getHeader("CamelSeedanceTaskId", String.class));
                            if (sent != null) {
                                synchronized (toExchange) {
                                    toExchange.recordValue(Math.min(Bench.micros(sent),
                                            toExchange.getHighestTrackableValue()));
                                }
                                exchanges.incrementAndGet();
                            }
                        })
                        .setBody(constant("")).removeHeaders("*").setHeader(Exchange.HTTP_RESPONSE_CODE, constant(200));
            }
        });
        context.start();
        URI uri = URI.create("http://127.0.0.1:" + port + path);

        send(http, uri, bodies.subList(0, warmup), concurrency, Bench.histogram(), new AtomicLong(), sentAt, 0);
        Thread.sleep(1000);
        synchronized (toExchange) {
            toExchange.reset();
        }
        exchanges.set(0);
        Histogram answer = Bench.histogram();
        AtomicLong accepted = new AtomicLong();
        List<String> measured = bodies.subList(warmup, bodies.size() - pacedCount);
        long cpuBefore = Bench.processCpuNanos();
        long simulatorCpuBefore = Long.parseLong(Bench.admin(adminPort, "/cpu"));
        long started = System.nanoTime();
        send(http, uri, measured, concurrency, answer, accepted, sentAt, 0);
        double seconds = (System.nanoTime() - started) / 1e9;
        long deadline;
        deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (exchanges.get() < accepted.get() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        // until every accepted callback has become an exchange: the confirming work is counted whole
        double cpuMs = (Bench.processCpuNanos() - cpuBefore) / 1e6;
        double simulatorCpuMs = (Long.parseLong(Bench.admin(adminPort, "/cpu")) - simulatorCpuBefore) / 1e6;
        // then a fixed rate well below saturation, each callback sent when due (no limit on how many are in flight)
        long waited = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (exchanges.get() < accepted.get() && System.nanoTime() < waited) {
            Thread.sleep(50);
        }
        Histogram saturatedToExchange = Bench.histogram();
        synchronized (toExchange) {
            saturatedToExchange.add(toExchange);
            toExchange.reset();
        }
        Bench.report("callback.sent", measured.size());
        Bench.report("callback.accepted", accepted.get());
        Bench.report("callback.acceptedPerSecond", String.format("%.1f", accepted.get() / seconds));
        Bench.report("callback.cpuMsPerCallback", String.format("%.3f", cpuMs / accepted.get()));
        Bench.report("callback.simulatorCpuMsPerCallback", String.format("%.3f", simulatorCpuMs / accepted.get()));
        Bench.reportLatency("callback.answer", answer);
        Bench.report("callback.exchanges", exchanges.get());
        Bench.reportLatency("callback.toExchange", saturatedToExchange);

        exchanges.set(0);
        List<String> paced = bodies.subList(bodies.size() - pacedCount, bodies.size());
        Histogram pacedAnswer = Bench.histogram();
        AtomicLong pacedAccepted = new AtomicLong();
        send(http, uri, paced, Integer.MAX_VALUE / 2, pacedAnswer, pacedAccepted, sentAt, pacedRate);
        deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (exchanges.get() < pacedAccepted.get() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        Bench.report("paced.ratePerSecond", pacedRate);
        Bench.report("paced.accepted", pacedAccepted.get());
        synchronized (toExchange) {
            Bench.reportLatency("paced.toExchange", toExchange);
        }
        context.stop();
        System.exit(0);
    }

    /** Creates finished tasks on the simulator and returns their JSON as its GET gives it. */
    private static List<String> finishedTasks(HttpClient http, String ark, int count) throws Exception {
        String tasksUri = ark + "/contents/generations/tasks";
        List<CompletableFuture<String>> ids = new ArrayList<>();
        Semaphore slots = new Semaphore(32);
        for (int i = 0; i < count; i++) {
            String body = JSON.createObjectNode().put("model", Bench.MODEL).set("content", JSON.createArrayNode()
                    .add(JSON.createObjectNode().put("type", "text").put("text", "cb [sim:queue=0] [sim:render=0]")))
                    .toString();
            slots.acquire();
            ids.add(http.sendAsync(request(tasksUri).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString()).whenComplete((r, f) -> slots.release())
                    .thenApply(r -> read(r.body()).get("id").asText()));
        }
        Thread.sleep(500);
        List<String> bodies = new ArrayList<>();
        for (CompletableFuture<String> id : ids) {
            slots.acquire();
            String task = http.sendAsync(request(tasksUri + "/" + id.get()).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).whenComplete((r, f) -> slots.release()).get().body();
            if (!"succeeded".equals(read(task).path("status").asText())) {
                throw new IllegalStateException("not finished: " + task);
            }
            bodies.add(task);
        }
        return bodies;
    }

    private static HttpRequest.Builder request(String uri) {
        return HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + Bench.KEY).header("Content-Type", "application/json");
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(json, e);
        }
    }

    private static void send(HttpClient http, URI uri, List<String> bodies, int concurrency, Histogram answer,
            AtomicLong accepted, Map<String, Long> sentAt, int rate) throws Exception {
        Semaphore slots = new Semaphore(concurrency);
        long start = System.nanoTime();
        int n = 0;
        for (String body : bodies) {
            if (rate > 0) {
                long wait = start + TimeUnit.SECONDS.toNanos(n++) / rate - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
            }
            slots.acquire();
            String id = read(body).get("id").asText();
            long sent = System.nanoTime();
            sentAt.put(id, sent);
            http.sendAsync(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(), HttpResponse.BodyHandlers.discarding())
                    .whenComplete((r, f) -> {
                        synchronized (answer) {
                            answer.recordValue(Math.min(Bench.micros(sent), answer.getHighestTrackableValue()));
                        }
                        if (f == null && r.statusCode() / 100 == 2) {
                            accepted.incrementAndGet();
                        }
                        slots.release();
                    });
        }
        slots.acquire(concurrency);
        slots.release(concurrency);
    }
}
