package io.camelseedance.benchmarks;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Runs the simulator's paths that the measurements use (creates, task timers, reads by ids and one by one) a few
 * times, once, before the first measurement of a run. Without it the side measured first met a cold simulator JVM:
 * in measurement 2 the tasks created in its first few hundred milliseconds had their timers fire more than a second
 * late, so they ended late and their exchanges looked two intervals late; the side measured second never met that.
 * (The download's streaming path is warmed by measurement 5's own warm-up rounds.)
 */
final class SimulatorWarmUp {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int WAVES = 3;
    private static final int TASKS_PER_WAVE = 300;
    private static final int RENDER_MS = 300;
    private static final int CONCURRENCY = 8;

    private SimulatorWarmUp() {
    }

    static void run(String arkBaseUrl) throws Exception {
        // few connections, HTTP/1.1: the simulator's server keeps a bounded number of idle connections, and hundreds
        // left open here made it close the baseline's pooled ones under it (NoHttpResponseException)
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String tasks = arkBaseUrl + "/contents/generations/tasks";
        for (int wave = 0; wave < WAVES; wave++) {
            List<CompletableFuture<HttpResponse<String>>> creates = new ArrayList<>();
            for (int i = 0; i < TASKS_PER_WAVE; i++) {
                String body = JSON.createObjectNode().put("model", Bench.MODEL)
                        .set("content", JSON.createArrayNode().add(JSON.createObjectNode().put("type", "text")
                                .put("text", "warm-up " + i + " [sim:queue=0] [sim:render=" + RENDER_MS + "]")))
                        .toString();
                creates.add(http.sendAsync(request(tasks).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.ofString()));
                if (creates.size() % CONCURRENCY == 0) {
                    creates.get(creates.size() - 1).join();
                }
            }
            List<String> ids = new ArrayList<>();
            for (CompletableFuture<HttpResponse<String>> create : creates) {
                ids.add(JSON.readTree(create.join().body()).path("id").asText());
            }
            Thread.sleep(2L * RENDER_MS);
            List<CompletableFuture<HttpResponse<String>>> reads = new ArrayList<>();
            for (int from = 0; from < ids.size(); from += 100) {
                String query = ids.subList(from, Math.min(from + 100, ids.size())).stream()
                        .map(id -> "filter.task_ids=" + URLEncoder.encode(id, StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&", "?page_size=100&", ""));
                reads.add(http.sendAsync(request(tasks + query).GET().build(), HttpResponse.BodyHandlers.ofString()));
            }
            for (String id : ids.subList(0, TASKS_PER_WAVE / 3)) {
                http.send(request(tasks + "/" + id).GET().build(), HttpResponse.BodyHandlers.ofString());
            }
            reads.forEach(CompletableFuture::join);
        }
    }

    private static HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + Bench.KEY);
    }
}
