package io.camelseedance.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.camelseedance.simulator.Faults;
import io.camelseedance.simulator.RecordedRequest;
import io.camelseedance.simulator.SeedanceSimulator;

/**
 * The simulator in a JVM of its own (started by {@link BenchmarkMain}), plus a tiny admin server on another loopback
 * port through which the driver reads the simulator's request record: {@code GET /count?method=GET&prefix=/api/v3/...}
 * answers the number of recorded requests, {@code GET /last?method=POST&prefix=...} the body of the last one,
 * {@code GET /creates} and {@code GET /reads} the receive times of the creates and of the reads of tasks (with the ids
 * each read asked for), {@code GET /updated} when each task last changed (to the second), {@code GET /cpu} the
 * simulator JVM's CPU time so far (nanoseconds), and {@code POST /clear} empties the record.
 * <p>
 * A second simulator in the same JVM answers a share ({@link #FAULTY_SHARE}) of its creates with a 5xx after making the
 * task ({@code Faults.serverErrorsAfterCreate}); {@code sim=faulty} points {@code /count} and {@code /created} (the
 * number of tasks a simulator really runs) at it.
 * <p>
 * Arguments: {@code serverThreads}. Prints {@code SIMULATOR <arkBaseUrl> <adminPort> <faultyArkBaseUrl>} when ready.
 */
public final class SimulatorServer {

    /** The share of creates the faulty simulator answers 500, 502 or 503 after making their task. */
    static final double FAULTY_SHARE = 0.2;
    static final java.util.regex.Pattern CLIP = java.util.regex.Pattern.compile("clip-(\\d+)-");

    private SimulatorServer() {
    }

    public static void main(String[] args) throws Exception {
        int serverThreads = Integer.parseInt(args[0]);
        SeedanceSimulator simulator = SeedanceSimulator.builder().port(0).apiKey(Bench.KEY)
                .queuedFor(Duration.ofMillis(100)).runningFor(Duration.ofMillis(300))
                .serverThreads(serverThreads).build().start();
        // a second simulator in the same JVM whose creates lose a share of their answers after making the task
        SeedanceSimulator faulty = SeedanceSimulator.builder().port(0).apiKey(Bench.KEY)
                .queuedFor(Duration.ofMillis(100)).runningFor(Duration.ofMillis(300))
                .faults(Faults.builder().seed(42).serverErrorsAfterCreate(FAULTY_SHARE).build())
                .serverThreads(serverThreads).build().start();
        HttpServer admin = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        admin.createContext("/count", exchange -> {
            Map<String, String> q = query(exchange);
            SeedanceSimulator sim = "faulty".equals(q.get("sim")) ? faulty : simulator;
            answer(exchange, Integer.toString(sim.requests(q.get("method"), q.get("prefix")).size()));
        });
        // the tasks the simulator really runs, counted since it started
        admin.createContext("/created", exchange -> {
            SeedanceSimulator sim = "faulty".equals(query(exchange).get("sim")) ? faulty : simulator;
            answer(exchange, Integer.toString(sim.createdTaskIds().size()));
        });
        admin.createContext("/last", exchange -> {
            Map<String, String> q = query(exchange);
            List<RecordedRequest> requests = simulator.requests(q.get("method"), q.get("prefix"));
            answer(exchange, requests.isEmpty() ? "" : requests.get(requests.size() - 1).body());
        });
        // "<receivedAt epoch micros> <n>" for each create whose prompt carries "clip-<n>-"
        admin.createContext("/creates", exchange -> {
            StringBuilder lines = new StringBuilder();
            for (RecordedRequest request : simulator.requests("POST", Bench.TASKS_PATH)) {
                java.util.regex.Matcher m = CLIP.matcher(request.body());
                if (m.find()) {
                    java.time.Instant at = request.receivedAt();
                    lines.append(at.getEpochSecond() * 1_000_000L + at.getNano() / 1000).append(' ')
                            .append(m.group(1)).append('\n');
                }
            }
            answer(exchange, lines.toString());
        });
        // "<receivedAt epoch micros> <id>,<id>,..." for each read of tasks: a list by ids, or a GET of one task
        admin.createContext("/reads", exchange -> {
            StringBuilder lines = new StringBuilder();
            for (RecordedRequest request : simulator.requests("GET", Bench.TASKS_PATH)) {
                List<String> ids = request.path().length() > Bench.TASKS_PATH.length()
                        ? List.of(request.path().substring(Bench.TASKS_PATH.length() + 1))
                        : request.queryParams().getOrDefault("filter.task_ids", List.of());
                if (!ids.isEmpty()) {
                    java.time.Instant at = request.receivedAt();
                    lines.append(at.getEpochSecond() * 1_000_000L + at.getNano() / 1000).append(' ')
                            .append(String.join(",", ids)).append('\n');
                }
            }
            answer(exchange, lines.toString());
        });
        // "<id> <updated_at epoch seconds>" for each task the simulator has run: when it last changed, to the second
        admin.createContext("/updated", exchange -> {
            StringBuilder lines = new StringBuilder();
            for (String id : simulator.createdTaskIds()) {
                simulator.task(id).ifPresent(task -> lines.append(id).append(' ')
                        .append(task.path("updated_at").asLong()).append('\n'));
            }
            answer(exchange, lines.toString());
        });
        // this JVM's CPU time so far, in nanoseconds: what a side cost the simulator, read before and after it
        admin.createContext("/cpu", exchange -> answer(exchange, Long.toString(Bench.processCpuNanos())));
        admin.createContext("/clear", exchange -> {
            simulator.clearRequests();
            faulty.clearRequests();
            answer(exchange, "ok");
        });
        admin.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            admin.stop(0);
            simulator.close();
            faulty.close();
        }));
        System.out.println("SIMULATOR " + simulator.baseUrl("byteplus") + " " + admin.getAddress().getPort() + " "
                + faulty.baseUrl("byteplus"));
        System.out.flush();
        new CountDownLatch(1).await();
    }

    private static Map<String, String> query(HttpExchange exchange) {
        Map<String, String> params = new HashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    params.put(pair.substring(0, eq),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return params;
    }

    private static void answer(HttpExchange exchange, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
