package io.camelseedance.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The benchmark driver: starts the simulator in a JVM of its own on 127.0.0.1, runs each measurement as a pair of
 * child JVMs (the component and its baseline, one after the other against the same simulator) and prints every
 * figure and ratio; the summary also goes to {@code target/benchmarks/}.
 * <p>
 * Arguments: {@code [--only submit,poll,inflight,callback,download,sdk,scaleout] [--inflight N] [--inflight-rate R]
 * [--inflight-window W] [--inflight-jvm OPTIONS]}: measurement 3's waiting exchanges, the rate they are submitted at, how
 * many creates may be submitted and not yet received by the simulator (0: no bound), and JVM options added to the
 * component's probe (e.g. {@code -Djava.util.concurrent.ForkJoinPool.common.parallelism=2}).
 */
public final class BenchmarkMain {

    static final int SERVER_THREADS = 32;
    /** The seed of the render times drawn for measurements 2 and 6. */
    static final long RENDER_SEED = 16;
    /**
     * Tasks of measurement 2's kind run through each side before it, not measured: what a running application has seen
     * end, from which the tracker learns how long renders take (its rule needs 20).
     */
    private static final int LEARNING_TASKS = 100;
    private static final List<String> ALL = List.of("submit", "poll", "inflight", "callback", "download", "sdk",
            "scaleout");

    private final List<String> summary = new ArrayList<>();
    private final java.util.Random random = new java.util.Random();
    private final Path workDir;
    private String arkBaseUrl;
    private String faultyArkBaseUrl;
    private int adminPort;
    private int inflightCount = 10_000;
    private int inflightRate = 1000;
    private int inflightWindow = 500;
    private String inflightJvm = "";

    private BenchmarkMain(Path workDir) {
        this.workDir = workDir;
    }

    public static void main(String[] args) throws Exception {
        List<String> only = ALL;
        BenchmarkMain main = new BenchmarkMain(Files.createDirectories(Path.of("target", "benchmarks")));
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--only")) {
                only = Arrays.asList(args[++i].split(","));
            } else if (args[i].equals("--inflight")) {
                main.inflightCount = Integer.parseInt(args[++i]);
            } else if (args[i].equals("--inflight-rate")) {
                main.inflightRate = Integer.parseInt(args[++i]);
            } else if (args[i].equals("--inflight-window")) {
                main.inflightWindow = Integer.parseInt(args[++i]);
            } else if (args[i].equals("--inflight-jvm")) {
                main.inflightJvm = args[++i];
            }
        }
        main.run(only);
        System.exit(0);
    }

    private void run(List<String> only) throws Exception {
        line("camel-seedance benchmarks, " + Instant.now() + ", " + Runtime.getRuntime().availableProcessors()
                + " CPUs, java " + System.getProperty("java.version"));
        Process simulator = startSimulator();
        try {
            // every measurement against a warm simulator: the first side measured used to meet it cold (see
            // SimulatorWarmUp), which biased measurement 2 and any other that came first in a run
            SimulatorWarmUp.run(arkBaseUrl);
            for (String name : ALL) {
                if (!only.contains(name)) {
                    continue;
                }
                long started = System.nanoTime();
                try {
                    switch (name) {
                        case "submit" -> submit();
                        case "poll" -> poll();
                        case "inflight" -> inflight();
                        case "callback" -> callback();
                        case "download" -> download();
                        case "sdk" -> sdk();
                        case "scaleout" -> scaleout();
                        default -> throw new IllegalArgumentException(name);
                    }
                } catch (Exception e) {
                    line(name + ": FAILED " + e);
                }
                line(String.format("  (%s took %.0f s)", name, (System.nanoTime() - started) / 1e9));
            }
        } finally {
            simulator.destroy();
            simulator.waitFor(10, TimeUnit.SECONDS);
        }
        Path file = workDir.resolve("summary-" + Instant.now().toString().replace(':', '-') + ".txt");
        Files.write(file, summary);
        System.out.println("Summary written to " + file.toAbsolutePath());
    }

    // ---- 1. submit overhead ----

    private void submit() throws Exception {
        line("1. Submit overhead: seedance:generate (no wait) vs raw JDK HttpClient POST, 32 in flight");
        Path body = workDir.resolve("create-body.json");
        probe("-Xmx512m", SubmitProbe.class, "camel", arkBaseUrl, "1", "0", "0", body.toString());
        String json = Bench.admin(adminPort, "/last?method=POST&prefix=" + Bench.TASKS_PATH);
        Files.writeString(body, json);
        line("   the JSON both send: " + json);
        admin("/clear");
        // warms the simulator JVM up (JIT, connection handling) so that neither side pays for it
        probe("-Xmx512m", SubmitProbe.class, "raw", arkBaseUrl, "32", "4", "1", body.toString());
        admin("/clear");
        // two rounds in opposite orders, so that a drift of the simulator's state favours neither side
        List<Map<String, String>> raws = new ArrayList<>();
        List<Map<String, String>> camels = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            for (String side : round == 0 ? List.of("raw", "camel") : List.of("camel", "raw")) {
                Map<String, String> figures = side.equals("raw")
                        ? probe("-Xmx512m", SubmitProbe.class, "raw", arkBaseUrl, "32", "3", "6", body.toString())
                        : probe("-Xmx512m", SubmitProbe.class, "camel", arkBaseUrl, "32", "3", "6");
                admin("/clear");
                figures(side + round, figures);
                (side.equals("raw") ? raws : camels).add(figures);
            }
        }
        Map<String, String> raw = mean(raws);
        Map<String, String> camel = mean(camels);
        ratio("submit throughput camel/raw", camel, raw, "submit.throughput", 0.85, true);
        ratio("submit p50 latency camel/raw", camel, raw, "submit.latency.p50ms", 0, true);
        ratio("submit p99 latency camel/raw", camel, raw, "submit.latency.p99ms", 0, true);
    }

    // ---- 2. poll cost, 3. in-flight scale ----

    private void poll() throws Exception {
        int count = 1000;
        long pollMs = 1000;
        line("2. Poll cost and latency: " + count + " waiting exchanges, tasks rendering a time drawn at random from "
                + "5-15 s (seed " + RENDER_SEED + "), poll every " + pollMs + " ms, after " + LEARNING_TASKS
                + " unmeasured tasks of the same kind; GETs counted by the simulator JVM's request record (admin port)");
        Map<String, Map<String, String>> sides = new LinkedHashMap<>();
        for (String mode : inRandomOrder("camel", "http")) {
            sides.put(mode, waitSide("-Xmx1g", mode, count, 5000, 15_000, pollMs, 500, 60, LEARNING_TASKS, 0));
        }
        Map<String, String> camel = sides.get("camel");
        Map<String, String> http = sides.get("http");
        figures("camel", camel);
        figures("http", http);
        for (Map<String, String> side : List.of(camel, http)) {
            String name = side == camel ? "batched" : "one GET per task";
            double p50 = Double.parseDouble(side.get("latency.p50ms")) / pollMs;
            double p99 = Double.parseDouble(side.get("latency.p99ms")) / pollMs;
            line(String.format("RATIO %-44s %8.3f%s", "poll completion->exchange p50/interval, " + name, p50,
                    side == camel ? "  (target <= 0.6: " + (p50 <= 0.6 ? "MET)" : "MISSED)") : ""));
            line(String.format("RATIO %-44s %8.3f%s", "poll completion->exchange p99/interval, " + name, p99,
                    side == camel ? "  (target <= 1.1: " + (p99 <= 1.1 ? "MET)" : "MISSED)") : ""));
        }
        line(String.format("   requests per task per round: batched %s, one GET per task %s",
                camel.get("poll.requestsPerTaskRound"), http.get("poll.requestsPerTaskRound")));
        double batched = Double.parseDouble(camel.get("poll.requestsPerTaskRound"));
        line(String.format("RATIO %-44s %8.4f  (target <= 0.01 requests/task/round: %s)",
                "poll requests/task/round batched (absolute)", batched, batched <= 0.01 ? "MET" : "MISSED"));
        ratio("poll requests camel/http", camel, http, "poll.requestsPerTaskRound", 0, false);
    }

    private void inflight() throws Exception {
        int count = inflightCount;
        int rate = inflightRate;
        long submitMs = count * 1000L / rate;
        boolean withRoute = count <= 10_000;
        // every task still rendering when the last is created (and threads and heap are read): 30 s up to 10,000;
        // past it twice the nominal submission and 20 s, as the window may hold creates back below the rate
        long renderMs = withRoute ? Math.max(30_000, submitMs + 20_000) : 2 * submitMs + 20_000;
        int timeout = (int) Math.max(100, (2 * submitMs + renderMs) / 1000 + 40);
        long pollMs = 5000;
        double heapTarget = withRoute ? 256 : 400;
        // a heap large enough that the figure after GC is what is held, not what a small heap allows
        String heap = (withRoute ? "-Xmx1g" : "-Xmx2g") + (inflightJvm.isBlank() ? "" : " " + inflightJvm);
        line("3. In-flight scale: " + count + " exchanges waiting at once (submitted at up to " + rate
                + "/s, at most " + inflightWindow + " creates not yet received by the simulator), tasks rendering "
                + renderMs / 1000 + " s, poll every " + pollMs + " ms (the component's default first delay), "
                + timeout + " s limit, " + heap + (withRoute
                        ? ""
                        : "; the hand-written route is not run past 10,000 (it"
                                + " stops creating at ~2,000)"));
        Map<String, Map<String, String>> sides = new LinkedHashMap<>();
        for (String mode : withRoute ? inRandomOrder("camel", "http") : List.of("camel")) {
            sides.put(mode, waitSide(heap, mode, count, renderMs, renderMs, pollMs, rate, timeout, 0,
                    inflightWindow));
        }
        Map<String, String> camel = sides.get("camel");
        figures("camel", camel);
        double threads = Double.parseDouble(camel.get("inflight.liveThreads"));
        double heapMb = Double.parseDouble(camel.get("inflight.heapAfterGcMB"));
        line(String.format(
                "   component: %.0f live threads (target <= 32: %s), %.1f MB heap after GC (target <= %.0f: %s),"
                        + " %s bytes per waiting exchange, %s of %d created at the reading, %s ended before it",
                threads, threads <= 32 ? "MET" : "MISSED", heapMb, heapTarget, heapMb <= heapTarget ? "MET" : "MISSED",
                camel.get("inflight.bytesPerWaitingExchange"), camel.get("inflight.createdAtReading"), count,
                camel.get("inflight.endedAtReading")));
        if (!withRoute) {
            return;
        }
        Map<String, String> http = sides.get("http");
        figures("http", http);
        ratio("inflight live threads camel/http", camel, http, "inflight.liveThreads", 0, false);
        ratio("inflight heap after GC camel/http", camel, http, "inflight.heapAfterGcMB", 0, false);
        ratio("inflight completed camel/http", camel, http, "completed.ok", 0, true);
        ratio("inflight completion->exchange p50 camel/http", camel, http, "latency.p50ms", 0, false);
        ratio("inflight completion->exchange p99 camel/http", camel, http, "latency.p99ms", 0, false);
        ratio("inflight provider GETs camel/http", camel, http, "poll.gets", 0, false);
    }

    /**
     * One side of measurement 2 or 3, with the simulator's figures and the latency joined in; after
     * {@code learnCount} tasks of the same kind that are not measured (see {@link WaitProbe}), creates kept within
     * {@code window} not yet received by the simulator when above 0.
     */
    private Map<String, String> waitSide(String jvmOptions, String mode, int count, long renderMinMs,
            long renderMaxMs, long pollMs, int rate, int timeout, int learnCount, int window) throws Exception {
        admin("/clear");
        Path done = workDir.resolve("done-" + mode + ".txt");
        Map<String, String> figures = new LinkedHashMap<>(probe(jvmOptions, WaitProbe.class, mode, arkBaseUrl,
                Integer.toString(adminPort), Integer.toString(count), Long.toString(renderMinMs),
                Long.toString(renderMaxMs), Long.toString(RENDER_SEED), Long.toString(pollMs),
                Integer.toString(rate), Integer.toString(timeout), done.toString(), Integer.toString(learnCount),
                Integer.toString(window)));
        long gets = Long.parseLong(Bench.admin(adminPort, "/count?method=GET&prefix=" + Bench.TASKS_PATH));
        Completions completions = completions(done, renderMinMs, renderMaxMs);
        figures.put("poll.gets", Long.toString(gets));
        figures.put("poll.requestsPerTaskRound", String.format("%.4f",
                completions.renderMs == 0 ? Double.NaN : gets / ((double) completions.renderMs / pollMs)));
        figures.putAll(completions.latency());
        figures.putAll(breakdown(done, renderMinMs, renderMaxMs, pollMs).figures());
        admin("/clear");
        return figures;
    }

    /** Where each task's completion-to-exchange time went, from the simulator's reads and the probe's completions. */
    private PollBreakdown breakdown(Path done, long renderMinMs, long renderMaxMs, long pollMs) throws Exception {
        Map<Integer, Long> created = new java.util.HashMap<>();
        String creates = Bench.admin(adminPort, "/creates");
        for (String l : creates.split("\n")) {
            if (!l.isBlank()) {
                String[] parts = l.split(" ");
                created.putIfAbsent(Integer.parseInt(parts[1]), Long.parseLong(parts[0]));
            }
        }
        Map<String, Long> ends = new java.util.HashMap<>();
        Map<String, Long> continued = new java.util.HashMap<>();
        for (String l : Files.readAllLines(done)) {
            String[] parts = l.split(" ");
            int n = Integer.parseInt(parts[0]);
            if (parts.length > 2 && created.containsKey(n)) {
                ends.put(parts[2], created.get(n) + Bench.renderMs(RENDER_SEED, n, renderMinMs, renderMaxMs) * 1000);
                continued.put(parts[2], Long.parseLong(parts[1]));
            }
        }
        String reads = Bench.admin(adminPort, "/reads");
        String updated = Bench.admin(adminPort, "/updated");
        // kept next to the completions, for a closer look than the figures give
        String side = done.getFileName().toString().replace("done-", "");
        Files.writeString(workDir.resolve("creates-" + side), creates);
        Files.writeString(workDir.resolve("reads-" + side), reads);
        Files.writeString(workDir.resolve("updated-" + side), updated);
        return new PollBreakdown(ends, continued, reads, updated, pollMs);
    }

    /** What the simulator's record of creates and a probe's completion file say together. */
    private record Completions(org.HdrHistogram.Histogram histogram, long renderMs) {

        Map<String, String> latency() {
            return Map.of("latency.p50ms", String.format("%.1f", histogram.getValueAtPercentile(50) / 1000.0),
                    "latency.p99ms", String.format("%.1f", histogram.getValueAtPercentile(99) / 1000.0),
                    "latency.maxms", String.format("%.1f", histogram.getMaxValue() / 1000.0));
        }
    }

    /**
     * Completion to caller latency of each task a probe saw end ({@code n doneEpochMicros} lines): the time the caller
     * continued minus the time the task ended in the simulator (its create's receive time plus its render time); and
     * the summed render time of those tasks, in milliseconds (the rounds a poller had to make).
     */
    private Completions completions(Path done, long renderMinMs, long renderMaxMs) throws Exception {
        Map<Integer, Long> created = new java.util.HashMap<>();
        for (String l : Bench.admin(adminPort, "/creates").split("\n")) {
            if (!l.isBlank()) {
                String[] parts = l.split(" ");
                // the first create of a task number: a re-sent create makes a second task, not a later start
                created.putIfAbsent(Integer.parseInt(parts[1]), Long.parseLong(parts[0]));
            }
        }
        org.HdrHistogram.Histogram latency = Bench.histogram();
        long renderSum = 0;
        for (String l : Files.readAllLines(done)) {
            String[] parts = l.split(" ");
            int n = Integer.parseInt(parts[0]);
            Long createdAt = created.get(n);
            if (createdAt != null) {
                long render = Bench.renderMs(RENDER_SEED, n, renderMinMs, renderMaxMs);
                renderSum += render;
                long micros = Long.parseLong(parts[1]) - (createdAt + render * 1000);
                latency.recordValue(Math.max(0, Math.min(micros, latency.getHighestTrackableValue())));
            }
        }
        return new Completions(latency, renderSum);
    }

    // ---- 4. callback path ----

    private void callback() throws Exception {
        line("4. Callback path: the driver POSTs final-status callbacks (32 in flight, then 500/s) to platform-http (Vert.x) on"
                + " 127.0.0.1; seedance:callback (token, confirming GET, one exchange per task) vs a plain"
                + " platform-http route parsing the JSON; sides in the order raw, camel, unconfirmed, camel, raw");
        // each side in a JVM of its own, warmed up by its first 2,000 callbacks; the component and the raw route twice,
        // in mirrored order (ABBA), so that a drift of the machine's load over the run favours neither
        List<Map<String, String>> raws = new ArrayList<>();
        List<Map<String, String>> camels = new ArrayList<>();
        Map<String, String> unconfirmed = null;
        for (String side : List.of("raw", "camel", "unconfirmed", "camel", "raw")) {
            admin("/clear");
            // unconfirmed: the same consumer without the confirming read, the consumer's own cost apart from it
            Map<String, String> figures = probe("-Xmx512m", CallbackProbe.class, side, arkBaseUrl,
                    Integer.toString(adminPort), "9000", "2000", "32", "3000", "500");
            switch (side) {
                case "raw" -> raws.add(figures);
                case "camel" -> camels.add(figures);
                default -> unconfirmed = figures;
            }
            line(String.format("   %-11s accepted/s %s, CPU ms per callback %s + simulator %s, callback -> exchange p99"
                    + " at 500/s %s ms", side, figures.get("callback.acceptedPerSecond"),
                    figures.get("callback.cpuMsPerCallback"), figures.get("callback.simulatorCpuMsPerCallback"),
                    figures.get("paced.toExchange.p99ms")));
        }
        admin("/clear");
        for (int i = 0; i < 2; i++) {
            figures("raw" + i, raws.get(i));
            figures("camel" + i, camels.get(i));
        }
        figures("unconfirmed", unconfirmed);
        for (int i = 0; i < 2; i++) {
            double p99 = Double.parseDouble(camels.get(i).get("paced.toExchange.p99ms"));
            line(String.format(
                    "   component callback -> exchange p99 at 500/s, %s: %.2f ms (target <= 20 ms: %s); saturated: %s ms",
                    i == 0 ? "second side" : "fourth side", p99, p99 <= 20 ? "MET" : "MISSED",
                    camels.get(i).get("callback.toExchange.p99ms")));
        }
        ratio("callbacks accepted/s camel/raw, raw first", camels.get(0), raws.get(0), "callback.acceptedPerSecond",
                0, true);
        ratio("callbacks accepted/s camel/raw, camel first", camels.get(1), raws.get(1),
                "callback.acceptedPerSecond", 0, true);
        Map<String, String> raw = mean(raws);
        Map<String, String> camel = mean(camels);
        ratio("callbacks accepted/s camel/raw (means of 2)", camel, raw, "callback.acceptedPerSecond", 0.9, true);
        ratio("callback->exchange p50 camel/raw", camel, raw, "callback.toExchange.p50ms", 0, false);
        ratio("callback->exchange p99 camel/raw", camel, raw, "callback.toExchange.p99ms", 0, false);
        ratio("callback->exchange p50 at 500/s camel/raw", camel, raw, "paced.toExchange.p50ms", 0, false);
        ratio("callback->exchange p99 at 500/s camel/raw", camel, raw, "paced.toExchange.p99ms", 0, false);
        ratio("callback CPU/callback camel/raw (probe JVM)", camel, raw, "callback.cpuMsPerCallback", 0, false);
        ratio("callbacks accepted/s unconfirmed/raw", unconfirmed, raw, "callback.acceptedPerSecond", 0, true);
        ratio("callback->exchange p99 at 500/s unconfirmed/raw", unconfirmed, raw, "paced.toExchange.p99ms", 0,
                false);
    }

    // ---- 5. download streaming ----

    private void download() throws Exception {
        long bytes = 536_870_912L;
        String jvm = "-Xmx64m -XX:+UseSerialGC";
        line("5. Download streaming: a " + (bytes >> 20) + " MB MP4 ([sim:videoBytes=" + bytes + "]) to a file, in a"
                + " child JVM with " + jvm + "; create + wait (50 ms polls) + download, component vs raw HttpClient");
        Path directory = workDir.resolve("downloads");
        // the target figure: both sides in one JVM, two untimed warm-up rounds each, then pairs in
        // alternating order (TransferProbe)
        int pairs = 8;
        Map<String, String> transfer = probe(jvm, TransferProbe.class, arkBaseUrl, Long.toString(bytes),
                directory.toString(), "2", Integer.toString(pairs));
        admin("/clear");
        figures("transfer", transfer);
        line(String.format("RATIO %-44s %8.3f  (pairs %s-%s; target >= 0.9: %s)",
                "download transfer camel/raw (median of " + pairs + " pairs)",
                Double.parseDouble(transfer.get("transfer.pairRatio.median")), transfer.get("transfer.pairRatio.min"),
                transfer.get("transfer.pairRatio.max"),
                Double.parseDouble(transfer.get("transfer.pairRatio.median")) >= 0.9 ? "MET" : "MISSED"));
        line(String.format("RATIO %-44s %8.3f", "download transfer camel/raw (ratio of medians)",
                Double.parseDouble(transfer.get("transfer.ratioOfMedians"))));
        // the heap and the whole exchange: each side in a JVM of its own, in mirrored order (ABBA)
        List<Map<String, String>> raws = new ArrayList<>();
        List<Map<String, String>> camels = new ArrayList<>();
        for (String side : List.of("raw", "camel", "camel", "raw")) {
            Map<String, String> figures = probe(jvm, DownloadProbe.class, side, arkBaseUrl, Long.toString(bytes),
                    directory.toString());
            admin("/clear");
            (side.equals("raw") ? raws : camels).add(figures);
            line(String.format("   %-5s whole exchange %s MB/s (transfer alone %s), peak heap %s MB, after GC %s MB",
                    side, figures.get("download.MBps"), figures.get("download.onlyMBps"),
                    figures.get("heap.peakUsedMB"), figures.get("heap.peakAfterGcMB")));
        }
        Map<String, String> raw = mean(raws);
        Map<String, String> camel = mean(camels);
        // a quarter of the size: the heap must not grow with it
        Map<String, String> small = probe(jvm, DownloadProbe.class, "camel", arkBaseUrl, Long.toString(bytes / 4),
                directory.toString());
        admin("/clear");
        figures("raw", raw);
        figures("camel", camel);
        figures("camel/4", small);
        ratio("download MB/s camel/raw (whole exchange, JVM each, means)", camel, raw, "download.MBps", 0, true);
        ratio("download peak heap camel/raw", camel, raw, "heap.peakUsedMB", 0, false);
        ratio("download heap after GC, 512 MB/128 MB video", camel, small, "heap.peakAfterGcMB", 0, false);
        toS3(bytes, jvm, directory);
    }

    /** The second sink: the video streamed into an S3 upload (S3Proxy in this JVM), twice each way, ABBA. */
    private void toS3(long bytes, String jvm, Path directory) throws Exception {
        line("   to S3 (S3Proxy on 127.0.0.1, run by the driver): seedance:generate?download=true streamed into"
                + " aws2-s3 vs HttpClient.ofInputStream into the AWS SDK's putObject");
        List<Map<String, String>> raws = new ArrayList<>();
        List<Map<String, String>> camels = new ArrayList<>();
        try (S3Sink s3 = S3Sink.start(workDir.resolve("s3"))) {
            for (int i = 0; i < 2; i++) {
                for (String side : i == 0 ? List.of("raw-s3", "camel-s3") : List.of("camel-s3", "raw-s3")) {
                    Map<String, String> figures = probe(jvm, DownloadProbe.class, side, arkBaseUrl,
                            Long.toString(bytes), directory.toString(), s3.endpoint());
                    admin("/clear");
                    long stored = s3.take(figures.get("s3.key"));
                    if (stored != bytes) {
                        throw new IllegalStateException(side + " stored " + stored + " bytes, expected " + bytes);
                    }
                    (side.startsWith("raw") ? raws : camels).add(figures);
                    line(String.format("   round %d %-8s %s MB/s, peak heap %s MB, after GC %s MB", i, side,
                            figures.get("download.MBps"), figures.get("heap.peakUsedMB"),
                            figures.get("heap.peakAfterGcMB")));
                }
            }
        }
        Map<String, String> raw = mean(raws);
        Map<String, String> camel = mean(camels);
        ratio("S3 upload MB/s camel/raw (whole exchange, means)", camel, raw, "download.MBps", 0, true);
        ratio("S3 upload peak heap camel/raw", camel, raw, "heap.peakUsedMB", 0, false);
        ratio("S3 upload heap after GC camel/raw", camel, raw, "heap.peakAfterGcMB", 0, false);
    }

    // ---- 6. against the official Ark SDK ----

    private void sdk() throws Exception {
        int count = 500;
        line("6. Against the official Ark Java SDK: " + count + " videos rendering 10-11 s (seed " + RENDER_SEED
                + ") submitted at once and waited for; the SDK with a pool of " + count + " threads, create then get"
                + " every second; seedance:generate?waitForCompletion=true with 1 s polls through an AsyncProducer");
        Map<String, Map<String, String>> sides = new LinkedHashMap<>();
        for (String mode : inRandomOrder("sdk", "camel")) {
            sides.put(mode, sdkSide(mode, arkBaseUrl, count, 10_000, 11_000, ""));
        }
        Map<String, String> sdk = sides.get("sdk");
        Map<String, String> camel = sides.get("camel");
        figures("sdk", sdk);
        figures("camel", camel);
        ratio("sdk: live threads camel/sdk", camel, sdk, "inflight.liveThreads", 0, false);
        ratio("sdk: heap after GC camel/sdk", camel, sdk, "inflight.heapAfterGcMB", 0, false);
        ratio("sdk: provider GETs camel/sdk", camel, sdk, "provider.gets", 0, false);
        ratio("sdk: completion->caller p50 camel/sdk", camel, sdk, "latency.p50ms", 0, false);
        ratio("sdk: completion->caller p99 camel/sdk", camel, sdk, "latency.p99ms", 0, false);
        ratio("sdk: wall time camel/sdk", camel, sdk, "wall.seconds", 0, false);
        ratio("sdk: videos delivered camel/sdk", camel, sdk, "completed.ok", 0, true);

        int faulty = 200;
        line("6b. " + faulty + " submissions to a simulator answering " + (int) (SimulatorServer.FAULTY_SHARE * 100)
                + " % of creates with a 5xx after making the task: tasks created per submission");
        Map<String, Map<String, String>> faultySides = new LinkedHashMap<>();
        for (String mode : inRandomOrder("sdk", "camel", "camel-marked")) {
            faultySides.put(mode, sdkSide(mode, faultyArkBaseUrl, faulty, 10_000, 11_000, "faulty"));
        }
        faultySides.forEach((name, side) -> {
            figures(name, side);
            line(String.format("RATIO %-44s %8.3f", "5xx after create: tasks/submission, " + name,
                    Double.parseDouble(side.get("tasks.perSubmission"))));
            line(String.format("RATIO %-44s %8.3f", "5xx after create: videos/submission, " + name,
                    Double.parseDouble(side.get("completed.ok")) / faulty));
        });
    }

    /** One side of measurement 6 against the simulator at {@code baseUrl} ({@code sim} names it on the admin port). */
    private Map<String, String> sdkSide(String mode, String baseUrl, int count, long renderMinMs, long renderMaxMs,
            String sim) throws Exception {
        admin("/clear");
        long createdBefore = Long.parseLong(Bench.admin(adminPort, "/created?sim=" + sim));
        Path done = workDir.resolve("done-sdk-" + mode + ".txt");
        Map<String, String> figures = new LinkedHashMap<>(probe("-Xmx1g", SdkProbe.class, mode, baseUrl,
                Integer.toString(adminPort), Integer.toString(count), Long.toString(renderMinMs),
                Long.toString(renderMaxMs), Long.toString(RENDER_SEED), Integer.toString(count), "120",
                done.toString(), sim));
        long created = Long.parseLong(Bench.admin(adminPort, "/created?sim=" + sim)) - createdBefore;
        figures.put("provider.gets",
                Bench.admin(adminPort, "/count?method=GET&prefix=" + Bench.TASKS_PATH + "&sim=" + sim));
        figures.put("provider.posts",
                Bench.admin(adminPort, "/count?method=POST&prefix=" + Bench.TASKS_PATH + "&sim=" + sim));
        figures.put("tasks.created", Long.toString(created));
        figures.put("tasks.perSubmission", String.format("%.3f", created / (double) count));
        if (sim.isEmpty()) {
            figures.putAll(completions(done, renderMinMs, renderMaxMs).latency());
        }
        admin("/clear");
        return figures;
    }

    // ---- 7. one instance against three sharing the task store ----

    private void scaleout() throws Exception {
        int count = 600;
        long renderMs = 10_000;
        long pollMs = 1000;
        line("7. Scale-out: " + count + " x generate?waitForCompletion=true, tasks rendering " + renderMs / 1000
                + " s, poll every " + pollMs + " ms, the task store in one embedded PostgreSQL; all by 1 instance,"
                + " then split over 3 instances (JVMs) at once; GETs counted by the simulator, statements by each"
                + " instance's data source and by pg_stat_database");
        try (SharedPostgres postgres = SharedPostgres.start()) {
            Map<String, Map<String, String>> sides = new LinkedHashMap<>();
            for (String instances : inRandomOrder("1", "3")) {
                sides.put(instances, scaleoutSide(postgres, count, Integer.parseInt(instances), renderMs, pollMs));
            }
            Map<String, String> one = sides.get("1");
            Map<String, String> three = sides.get("3");
            figures("1 inst", one);
            figures("3 inst", three);
            double r = Double.parseDouble(three.get("poll.requestsPerTaskRound"))
                    / Double.parseDouble(one.get("poll.requestsPerTaskRound"));
            line(String.format("RATIO %-44s %8.3f  (target within 10 %%: %s)", "scaleout requests/task/round 3:1", r,
                    Math.abs(r - 1) <= 0.1 ? "MET" : "MISSED"));
            // the ratio above is (looks per task) x (reads per look): split, from the instances' own counts
            ratio("scaleout looks/task 3:1 (trackers' ids)", three, one, "polls.idsPerTask", 0, false);
            ratio("scaleout reads/100 looks 3:1 (batching)", three, one, "polls.callsPer100Ids", 0, false);
            ratio("scaleout store statements/task 3:1", three, one, "store.statementsPerTask", 0, false);
            ratio("scaleout store transactions/task 3:1", three, one, "pg.xact_commitPerTask", 0, false);
            // the exchanges of the instances that do not read wait for the reader's record of their outcome
            ratio("scaleout completion->exchange p50 3:1", three, one, "latency.p50ms", 0, false);
            ratio("scaleout completion->exchange p99 3:1", three, one, "latency.p99ms", 0, false);
        }
    }

    /** {@code instances} probes at once, each with its share of the {@code count} tasks, on a fresh database. */
    private Map<String, String> scaleoutSide(SharedPostgres postgres, int count, int instances, long renderMs,
            long pollMs) throws Exception {
        admin("/clear");
        String database = "scaleout_" + instances;
        String url = postgres.create(database);
        Map<String, Long> before = postgres.settledCounters(database);
        ExecutorService launcher = Executors.newFixedThreadPool(instances);
        List<Future<Map<String, String>>> running = new ArrayList<>();
        List<Path> doneFiles = new ArrayList<>();
        for (int i = 0; i < instances; i++) {
            String index = Integer.toString(i);
            Path doneFile = workDir.resolve("scaleout-done-" + instances + "-" + i);
            doneFiles.add(doneFile);
            running.add(launcher.submit(() -> probe("-Xmx512m", ScaleOutProbe.class, arkBaseUrl,
                    Integer.toString(count), Integer.toString(instances), index, Long.toString(renderMs),
                    Long.toString(pollMs), url, SharedPostgres.USER, SharedPostgres.PASSWORD, "120",
                    doneFile.toString())));
        }
        List<Map<String, String>> sides = new ArrayList<>();
        for (Future<Map<String, String>> side : running) {
            sides.add(side.get());
        }
        launcher.shutdown();
        // every instance's exchanges: with one reader, the others' continue when they see its record of the outcome
        Path done = workDir.resolve("scaleout-done-" + instances);
        List<String> doneLines = new ArrayList<>();
        for (Path file : doneFiles) {
            doneLines.addAll(Files.readAllLines(file));
        }
        Files.write(done, doneLines);
        Map<String, String> latency = completions(done, renderMs, renderMs).latency();
        Map<String, Long> after = postgres.settledCounters(database);
        Map<String, String> figures = sum(sides);
        long ok = Long.parseLong(figures.get("completed.ok"));
        long gets = Long.parseLong(Bench.admin(adminPort, "/count?method=GET&prefix=" + Bench.TASKS_PATH));
        figures.put("poll.gets", Long.toString(gets));
        figures.putAll(latency);
        figures.put("poll.requestsPerTaskRound", String.format("%.4f", gets / ((double) ok * renderMs / pollMs)));
        // the list calls if each instance read its tasks in full batches of 100 ids (the tracker's) for render/poll
        // rounds; more is rounds with a partial batch (tasks created on both sides of a round boundary) or extra looks
        long fullBatches = 0;
        // each instance's reads beyond full batches of the looks it took: what its remainders cost
        long remainderReads = 0;
        for (Map<String, String> side : sides) {
            fullBatches += (Long.parseLong(side.get("tasks")) + 99) / 100 * (renderMs / pollMs);
            remainderReads += Long.parseLong(side.get("polls.calls"))
                    - (Long.parseLong(side.get("polls.ids")) + 99) / 100;
        }
        figures.put("poll.getsInFullBatches", Long.toString(fullBatches));
        figures.put("polls.readsBeyondFullBatches", Long.toString(remainderReads));
        long ids = Long.parseLong(figures.get("polls.ids"));
        figures.put("polls.idsPerTask", String.format("%.3f", ids / (double) ok));
        figures.put("polls.callsPer100Ids",
                String.format("%.4f", 100.0 * Long.parseLong(figures.get("polls.calls")) / ids));
        figures.put("store.statementsPerTask",
                String.format("%.2f", Long.parseLong(figures.get("store.statements")) / (double) ok));
        // each list call's receive time and ids, to see which rounds cost a partial batch
        Files.writeString(workDir.resolve("reads-scaleout-" + instances), Bench.admin(adminPort, "/reads"));
        after.forEach((counter, value) -> figures.put("pg." + counter + "PerTask",
                String.format("%.2f", (value - before.get(counter)) / (double) ok)));
        admin("/clear");
        return figures;
    }

    /** The sum of each whole-number figure over the instances of one side; other figures joined with {@code |}. */
    static Map<String, String> sum(List<Map<String, String>> instances) {
        Map<String, String> sum = new LinkedHashMap<>();
        for (Map<String, String> figures : instances) {
            figures.forEach((key, value) -> sum.merge(key, value, (a, b) -> {
                try {
                    return Long.toString(Long.parseLong(a) + Long.parseLong(b));
                } catch (NumberFormatException e) {
                    return a + " | " + b;
                }
            }));
        }
        return sum;
    }

    // ---- plumbing ----

    private Process startSimulator() throws Exception {
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx2g", "-Dsun.net.httpserver.nodelay=true",
                "-cp", System.getProperty("java.class.path"), SimulatorServer.class.getName(),
                Integer.toString(SERVER_THREADS)));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String ready = out.readLine();
        if (ready == null || !ready.startsWith("SIMULATOR ")) {
            process.destroyForcibly();
            throw new IllegalStateException("the simulator did not start: " + ready);
        }
        String[] parts = ready.split(" ");
        arkBaseUrl = parts[1];
        adminPort = Integer.parseInt(parts[2]);
        faultyArkBaseUrl = parts[3];
        Thread drain = new Thread(() -> out.lines().forEach(l -> {
        }), "simulator-stdout");
        drain.setDaemon(true);
        drain.start();
        line("simulator JVM (" + SERVER_THREADS + " server threads, nodelay) at " + arkBaseUrl);
        return process;
    }

    /**
     * The sides of a measurement in a random order, printed with the run. A side that takes a minute or more is run
     * once per run, so its order cannot alternate within the run; drawn afresh each run, the order biases no side over
     * several runs, and the summary tells which came first.
     */
    private List<String> inRandomOrder(String... sides) {
        List<String> order = new ArrayList<>(List.of(sides));
        java.util.Collections.shuffle(order, random);
        line("   order of the sides in this run: " + String.join(", ", order));
        return order;
    }

    private void admin(String path) throws Exception {
        Bench.admin(adminPort, path);
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Runs a probe's main in a child JVM and returns its {@code result key=value} figures. */
    Map<String, String> probe(String jvmOptions, Class<?> main, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(Arrays.asList(jvmOptions.split(" ")));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(Arrays.asList(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Map<String, String> figures = new LinkedHashMap<>();
        StringBuilder log = new StringBuilder();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String l;
            while ((l = out.readLine()) != null) {
                if (l.startsWith(Bench.PREFIX)) {
                    String kv = l.substring(Bench.PREFIX.length());
                    figures.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
                } else if (log.length() < 20_000) {
                    log.append(l).append('\n');
                }
            }
        }
        if (!process.waitFor(15, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException(main.getSimpleName() + " " + String.join(" ", args) + " failed: " + log);
        }
        return figures;
    }

    /** The mean of each numeric figure over runs of one side. */
    static Map<String, String> mean(List<Map<String, String>> runs) {
        Map<String, String> mean = new LinkedHashMap<>();
        for (String key : runs.get(0).keySet()) {
            try {
                mean.put(key, Double.toString(runs.stream().mapToDouble(r -> Double.parseDouble(r.get(key)))
                        .average().orElse(Double.NaN)));
            } catch (NumberFormatException e) {
                mean.put(key, runs.get(0).get(key));
            }
        }
        return mean;
    }

    private void figures(String side, Map<String, String> figures) {
        figures.forEach((k, v) -> line(String.format("   %-11s %-34s %s", side, k, v)));
    }

    /** Prints {@code mine/base} of one figure; {@code target} > 0 is checked as a lower (or upper) bound. */
    private void ratio(String name, Map<String, String> mine, Map<String, String> base, String key, double target,
            boolean higherIsBetter) {
        double a = Double.parseDouble(mine.get(key));
        double b = Double.parseDouble(base.get(key));
        double r = b == 0 ? Double.NaN : a / b;
        String verdict = target <= 0
                ? ""
                : (higherIsBetter ? r >= target : r <= target)
                        ? "  (target " + (higherIsBetter ? ">= " : "<= ") + target + ": MET)"
                        : "  (target " + (higherIsBetter ? ">= " : "<= ") + target + ": MISSED)";
        line(String.format("RATIO %-44s %8.3f%s", name, r, verdict));
    }

    void line(String text) {
        System.out.println(text);
        System.out.flush();
        summary.add(text);
    }
}
