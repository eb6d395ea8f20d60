package io.camelseedance.benchmarks;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;

import io.camelseedance.component.SeedanceComponent;

/**
 * Measurement 5, one side per JVM (run under {@code -Xmx64m}): a video of N bytes from the simulator to a file, the
 * whole way a user would do it: create, wait (polls every 50 ms), download. {@code camel}:
 * {@code seedance:generate?waitForCompletion=true&download=true&downloadDirectory=...}. {@code raw}: JDK
 * {@code HttpClient} POST, GET until succeeded, then {@code BodyHandlers.ofFile}. Reports MB/s over the whole
 * exchange, the raw side also for the download alone, and the heap: peak used (sampled every 5 ms) and peak left
 * after a collection.
 * <p>
 * Arguments: {@code camel|raw arkBaseUrl bytes directory}.
 */
public final class DownloadProbe {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DownloadProbe() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        String ark = args[1];
        long bytes = Long.parseLong(args[2]);
        Path directory = Files.createDirectories(Path.of(args[3]));
        String prompt = "dl [sim:queue=0] [sim:render=0] [sim:videoBytes=" + bytes + "]";
        AtomicLong peakUsed = new AtomicLong();
        AtomicLong peakAfterGc = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peakUsed.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(),
                        Math::max);
                peakAfterGc.accumulateAndGet(afterLastGc(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        Path file;
        long started;
        long elapsed;
        if (mode.equals("camel")) {
            DefaultCamelContext context = new DefaultCamelContext();
            SeedanceComponent seedance = Bench.component(ark);
            seedance.getConfiguration().setPollDelay(50);
            seedance.getConfiguration().setPollMaxDelay(50);
            seedance.setTrackerTick(20);
            context.addComponent("seedance", seedance);
            context.start();
            String uri = "seedance:generate?waitForCompletion=true&download=true&downloadDirectory="
                    + directory.toAbsolutePath();
            resetPeaks();
            sampler.start();
            started = System.nanoTime();
            Exchange out = context.createProducerTemplate().request(uri, e -> e.getMessage().setBody(prompt));
            elapsed = System.nanoTime() - started;
            if (out.getException() != null) {
                throw out.getException();
            }
            file = out.getMessage().getBody(File.class).toPath();
            context.stop();
        } else {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            String tasks = ark + "/contents/generations/tasks";
            String body = JSON.createObjectNode().put("model", Bench.MODEL).set("content", JSON.createArrayNode()
                    .add(JSON.createObjectNode().put("type", "text").put("text", prompt))).toString();
            resetPeaks();
            sampler.start();
            started = System.nanoTime();
            String id = JSON.readTree(http.send(request(tasks).POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(), HttpResponse.BodyHandlers.ofString()).body()).get("id").asText();
            JsonNode task;
            while (true) {
                task = JSON.readTree(http.send(request(tasks + "/" + id).GET().build(),
                        HttpResponse.BodyHandlers.ofString()).body());
                if (task.path("status").asText().equals("succeeded")) {
                    break;
                }
                Thread.sleep(50);
            }
            long downloadStarted = System.nanoTime();
            file = http.send(HttpRequest.newBuilder(URI.create(task.path("content").path("video_url").asText()))
                    .GET().build(), HttpResponse.BodyHandlers.ofFile(directory.resolve(id + ".mp4"))).body();
            elapsed = System.nanoTime() - started;
            Bench.report("download.onlyMBps",
                    String.format("%.1f", bytes / 1048576.0 / ((System.nanoTime() - downloadStarted) / 1e9)));
        }
        sampler.interrupt();
        long size = Files.size(file);
        Files.delete(file);
        if (size != bytes) {
            throw new IllegalStateException("downloaded " + size + " bytes, expected " + bytes);
        }
        Bench.report("download.bytes", size);
        Bench.report("download.seconds", String.format("%.2f", elapsed / 1e9));
        Bench.report("download.MBps", String.format("%.1f", bytes / 1048576.0 / (elapsed / 1e9)));
        Bench.report("heap.maxMB", String.format("%.1f", Runtime.getRuntime().maxMemory() / 1048576.0));
        Bench.report("heap.peakUsedMB", String.format("%.1f", peakUsed.get() / 1048576.0));
        Bench.report("heap.peakAfterGcMB", String.format("%.1f",
                Math.max(peakAfterGc.get(), afterLastGc()) / 1048576.0));
        System.exit(0);
    }

    private static HttpRequest.Builder request(String uri) {
        return HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + Bench.KEY).header("Content-Type", "application/json");
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    /** The heap left after the last collection, summed over the heap pools (what the transfer holds). */
    private static long afterLastGc() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage after = pool.getCollectionUsage();
            if (pool.getType() == MemoryType.HEAP && after != null) {
                sum += after.getUsed();
            }
        }
        return sum;
    }
}
