package io.camelseedance.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;

import io.camelseedance.component.SeedanceComponent;

/** What the probes share: the key, the model, how figures are printed for the driver, heap and thread readings. */
final class Bench {

    static final String KEY = "bench-key";
    static final String MODEL = "dreamina-seedance-2-0-260128";
    static final String TASKS_PATH = "/api/v3/contents/generations/tasks";
    static final String PREFIX = "result ";

    /** One client for the admin calls: a client per call would leave its threads in the thread counts. */
    private static final HttpClient ADMIN = HttpClient.newHttpClient();

    private Bench() {
    }

    /** One figure for the driver: {@code result key=value}. */
    static void report(String key, Object value) {
        System.out.println(PREFIX + key + "=" + value);
        System.out.flush();
    }

    static Histogram histogram() {
        return new Histogram(TimeUnit.MINUTES.toMicros(10), 3);
    }

    /** p50, p99 and max in milliseconds (the histogram records microseconds). */
    static void reportLatency(String prefix, Histogram h) {
        report(prefix + ".count", h.getTotalCount());
        report(prefix + ".p50ms", String.format("%.2f", h.getValueAtPercentile(50) / 1000.0));
        report(prefix + ".p99ms", String.format("%.2f", h.getValueAtPercentile(99) / 1000.0));
        report(prefix + ".maxms", String.format("%.2f", h.getMaxValue() / 1000.0));
    }

    static SeedanceComponent component(String arkBaseUrl) {
        SeedanceComponent seedance = new SeedanceComponent();
        seedance.getConfiguration().setBaseUrl(arkBaseUrl);
        seedance.getConfiguration().setApiKey(KEY);
        seedance.getConfiguration().setModel(MODEL);
        return seedance;
    }

    /** Heap used after a full collection, in bytes (as near to "what is held" as the JVM tells). */
    static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                used += pool.getUsage().getUsed();
            }
        }
        return used;
    }

    static int liveThreads() {
        return ManagementFactory.getThreadMXBean().getThreadCount();
    }

    /** Live threads grouped by name with digits removed, e.g. {@code Camel (camel-#) thread ## - Delay x10}. */
    static String threadNames() {
        java.util.Map<String, Long> groups = new java.util.TreeMap<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            groups.merge(t.getName().replaceAll("\\d+", "#"), 1L, Long::sum);
        }
        StringBuilder text = new StringBuilder();
        groups.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
                .forEach(e -> text.append(e.getKey()).append(" x").append(e.getValue()).append("; "));
        return text.toString();
    }

    static long micros(long sinceNanos) {
        return Math.max(0, TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - sinceNanos));
    }

    /** A GET of an admin path of the simulator JVM. */
    static String admin(int adminPort, String pathAndQuery) throws Exception {
        return ADMIN.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + adminPort + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
