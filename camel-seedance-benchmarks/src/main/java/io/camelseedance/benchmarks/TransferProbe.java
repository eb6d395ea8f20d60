package io.camelseedance.benchmarks;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;

import io.camelseedance.component.SeedanceComponent;

/**
 * Measurement 5's target figure: the transfer alone, the component's download against a bare {@code HttpClient}'s
 * {@code BodyHandlers.ofFile}, both sides in this one JVM, round after round. One JVM per side (as
 * {@link DownloadProbe} does for the heap) made the ratio a comparison of two JVMs: the component's paid Camel's start
 * in compilations and collections on the cores that move the bytes, and rounds in separate JVMs spread ±20 %. Here
 * both sides share the heap, the collector and the JIT, both are warmed up first, and the measured rounds come in
 * pairs whose order alternates (component first, then raw first: ABBA), so that a drift of the machine's load or of
 * the page cache over the run favours neither side.
 * <p>
 * Each round is a whole create, wait (50 ms polls) and download of a video of N bytes to a file; the transfer is
 * timed from the file's creation (seen through inotify: the headers are in) to the end. Both sides write with the
 * JDK's {@code BodyHandlers.ofFile} and the same open options the component uses ({@code CREATE_NEW, WRITE}).
 * <p>
 * Reports each measured pair ({@code round.N}), each side's median MB/s and the pairs' ratios.
 * <p>
 * Arguments: {@code arkBaseUrl bytes directory warmUpRoundsPerSide pairs}.
 */
public final class TransferProbe {

    private TransferProbe() {
    }

    public static void main(String[] args) throws Exception {
        String ark = args[0];
        long bytes = Long.parseLong(args[1]);
        Path directory = Files.createDirectories(Path.of(args[2]));
        int warmUps = Integer.parseInt(args[3]);
        int pairs = Integer.parseInt(args[4]);
        String prompt = "dl [sim:queue=0] [sim:render=0] [sim:videoBytes=" + bytes + "]";

        DefaultCamelContext context = new DefaultCamelContext();
        SeedanceComponent seedance = Bench.component(ark);
        seedance.getConfiguration().setPollDelay(50);
        seedance.getConfiguration().setPollMaxDelay(50);
        seedance.setTrackerTick(20);
        context.addComponent("seedance", seedance);
        context.start();
        ProducerTemplate producer = context.createProducerTemplate();
        String uri = "seedance:generate?waitForCompletion=true&download=true&downloadDirectory="
                + directory.toAbsolutePath();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

        for (int i = 0; i < warmUps; i++) {
            camel(producer, uri, prompt, directory, bytes);
            raw(http, ark, prompt, directory, bytes);
        }
        List<Double> camel = new ArrayList<>();
        List<Double> raw = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        for (int pair = 0; pair < pairs; pair++) {
            double c;
            double r;
            if (pair % 2 == 0) {
                c = camel(producer, uri, prompt, directory, bytes);
                r = raw(http, ark, prompt, directory, bytes);
            } else {
                r = raw(http, ark, prompt, directory, bytes);
                c = camel(producer, uri, prompt, directory, bytes);
            }
            camel.add(c);
            raw.add(r);
            ratios.add(c / r);
            Bench.report("round." + pair, String.format("%s first: camel %.1f MB/s, raw %.1f MB/s, camel/raw %.3f",
                    pair % 2 == 0 ? "camel" : "raw", c, r, c / r));
        }
        context.stop();
        report("transfer.camel", camel);
        report("transfer.raw", raw);
        report("transfer.pairRatio", ratios);
        Bench.report("transfer.ratioOfMedians", String.format("%.3f", median(camel) / median(raw)));
        System.exit(0);
    }

    /** One round through the component; returns the transfer's MB/s. */
    private static double camel(ProducerTemplate producer, String uri, String prompt, Path directory, long bytes)
            throws Exception {
        TransferStart transfer = TransferStart.watch(directory);
        Exchange out = producer.request(uri, e -> e.getMessage().setBody(prompt));
        long ended = System.nanoTime();
        if (out.getException() != null) {
            throw out.getException();
        }
        check(out.getMessage().getBody(File.class).toPath(), bytes);
        return bytes / 1048576.0 / ((ended - transfer.startedAt()) / 1e9);
    }

    /** One round by hand, timed the same way; returns the transfer's MB/s. */
    private static double raw(HttpClient http, String ark, String prompt, Path directory, long bytes)
            throws Exception {
        JsonNode task = DownloadProbe.createAndWait(http, ark, prompt);
        TransferStart transfer = TransferStart.watch(directory);
        Path file = http.send(HttpRequest.newBuilder(URI.create(task.path("content").path("video_url").asText()))
                .GET().build(),
                HttpResponse.BodyHandlers.ofFile(directory.resolve(task.get("id").asText() + ".mp4"),
                        StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE))
                .body();
        long ended = System.nanoTime();
        check(file, bytes);
        return bytes / 1048576.0 / ((ended - transfer.startedAt()) / 1e9);
    }

    private static void check(Path file, long bytes) throws Exception {
        long size = Files.size(file);
        Files.delete(file);
        if (size != bytes) {
            throw new IllegalStateException("downloaded " + size + " bytes, expected " + bytes);
        }
    }

    /** The median, lowest and highest of one series. */
    private static void report(String key, List<Double> values) {
        Bench.report(key + ".median", String.format("%.3f", median(values)));
        Bench.report(key + ".min", String.format("%.3f", values.stream().min(Comparator.naturalOrder()).orElseThrow()));
        Bench.report(key + ".max", String.format("%.3f", values.stream().max(Comparator.naturalOrder()).orElseThrow()));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
