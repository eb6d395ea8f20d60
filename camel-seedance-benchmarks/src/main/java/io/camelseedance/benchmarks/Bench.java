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

    /** The component waiting for tasks with a constant poll delay and a completion timeout past the probe's limit. */
    static SeedanceComponent waitingComponent(String arkBaseUrl, long pollMs, long timeoutSeconds) {
        SeedanceComponent seedance = component(arkBaseUrl);
        seedance.getConfiguration().setPollDelay(pollMs);
        seedance.getConfiguration().setPollMaxDelay(pollMs);
        seedance.getConfiguration().setCompletionTimeout(TimeUnit.SECONDS.toMillis(timeoutSeconds * 2));
        return seedance;
    }

    /**
     * Waits, at most {@code maxMillis}, until the simulator ({@code sim}: empty or {@code faulty}) has received
     * {@code count} creates: all tasks are in flight, the moment threads and heap are read.
     */
    static void awaitCreates(int adminPort, String sim, int count, long maxMillis) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(maxMillis);
        while (System.nanoTime() < deadline && Integer.parseInt(
                admin(adminPort, "/count?method=POST&prefix=" + TASKS_PATH + "&sim=" + sim)) < count) {
            Thread.sleep(100);
        }
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

    /** The CPU time this JVM has used so far, all threads, in nanoseconds. */
    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
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

    /**
     * The render time of task {@code n}, drawn uniformly from {@code [minMs, maxMs]} by a generator seeded with
     * {@code seed} and {@code n}: the probe that submits and the driver that measures draw the same.
     */
    static long renderMs(long seed, int n, long minMs, long maxMs) {
        return minMs + new java.util.SplittableRandom(seed * 1_000_003L + n).nextLong(maxMs - minMs + 1);
    }

    /** The prompt of task {@code n}: its number for the simulator's record, no queueing, its render time. */
    static String prompt(int n, long renderMs) {
        return "clip-" + n + "- [sim:queue=0] [sim:render=" + renderMs + "]";
    }

    static long epochMicros(java.time.Instant t) {
        return t.getEpochSecond() * 1_000_000L + t.getNano() / 1000;
    }

    /** An error on one line for a report: the exception, where it was thrown, and its causes. */
    static String describe(Throwable error) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            text.append(t).append(" at ");
            java.util.Arrays.stream(t.getStackTrace()).limit(6).forEach(f -> text.append(f).append(' '));
            text.append("| ");
        }
        return text.toString().replace('\n', ' ');
    }

    /** A GET of an admin path of the simulator JVM. */
    static String admin(int adminPort, String pathAndQuery) throws Exception {
        return ADMIN.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + adminPort + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
