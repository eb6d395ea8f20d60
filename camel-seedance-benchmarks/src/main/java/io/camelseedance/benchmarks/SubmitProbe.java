package io.camelseedance.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.HdrHistogram.Histogram;
import org.apache.camel.AsyncProducer;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;

/**
 * Measurement 1, one side per JVM: creates (no wait) as fast as a fixed number of requests in flight allows, for a
 * warm-up and then a measured period; reports throughput and latency.
 * <p>
 * Arguments: {@code raw|camel arkBaseUrl concurrency warmupSeconds measureSeconds [bodyFile]}. {@code raw} POSTs the
 * JSON in {@code bodyFile} with the JDK {@code HttpClient}; {@code camel} sends the prompt {@code bench clip} to
 * {@code seedance:generate} through an {@link AsyncProducer}. With {@code camel} and a {@code bodyFile}, one create
 * is sent first and nothing is measured (the driver then reads the JSON the component sent).
 */
public final class SubmitProbe {

    static final String PROMPT = "bench clip";

    private SubmitProbe() {
    }

    /** Sends one request; completes the callback with true on success. */
    interface Sender {
        void send(Consumer<Boolean> done);
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        String arkBaseUrl = args[1];
        int concurrency = Integer.parseInt(args[2]);
        int warmup = Integer.parseInt(args[3]);
        int measure = Integer.parseInt(args[4]);
        Sender sender;
        DefaultCamelContext context = null;
        if (mode.equals("raw")) {
            String body = Files.readString(Path.of(args[5]));
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            URI uri = URI.create(arkBaseUrl + "/contents/generations/tasks");
            sender = done -> http.sendAsync(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + Bench.KEY).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString())
                    .whenComplete((response, failure) -> done.accept(failure == null && response.statusCode() == 200
                            && response.body().contains("\"id\"")));
        } else {
            context = new DefaultCamelContext();
            context.addComponent("seedance", Bench.component(arkBaseUrl));
            context.start();
            AsyncProducer producer = context.getEndpoint("seedance:generate").createAsyncProducer();
            producer.start();
            DefaultCamelContext camel = context;
            sender = done -> {
                Exchange exchange = new DefaultExchange(camel);
                exchange.getMessage().setBody(PROMPT);
                producer.process(exchange, doneSync -> done.accept(exchange.getException() == null
                        && exchange.getMessage().getHeader("CamelSeedanceTaskId") != null));
            };
            if (args.length > 5) {
                CompletableFuture<Boolean> one = new CompletableFuture<>();
                sender.send(one::complete);
                Bench.report("primed", one.get(30, TimeUnit.SECONDS));
                context.stop();
                System.exit(0);
            }
        }
        run(sender, concurrency, warmup, Bench.histogram());
        Histogram latency = Bench.histogram();
        AtomicLong failures = new AtomicLong();
        long started = System.nanoTime();
        long ok = run(sender, concurrency, measure, latency, failures);
        double seconds = (System.nanoTime() - started) / 1e9;
        Bench.report("submit.throughput", String.format("%.1f", ok / seconds));
        Bench.report("submit.failures", failures.get());
        Bench.reportLatency("submit.latency", latency);
        if (context != null) {
            context.stop();
        }
        System.exit(0);
    }

    private static long run(Sender sender, int concurrency, int seconds, Histogram latency) throws Exception {
        return run(sender, concurrency, seconds, latency, new AtomicLong());
    }

    /** Keeps {@code concurrency} requests in flight for {@code seconds}; returns how many succeeded. */
    private static long run(Sender sender, int concurrency, int seconds, Histogram latency, AtomicLong failures)
            throws Exception {
        Semaphore slots = new Semaphore(concurrency);
        AtomicLong ok = new AtomicLong();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end) {
            slots.acquire();
            long sent = System.nanoTime();
            sender.send(success -> {
                long micros = Bench.micros(sent);
                synchronized (latency) {
                    latency.recordValue(Math.min(micros, latency.getHighestTrackableValue()));
                }
                if (success) {
                    ok.incrementAndGet();
                } else {
                    failures.incrementAndGet();
                }
                slots.release();
            });
        }
        slots.acquire(concurrency); // the last ones in flight
        slots.release(concurrency);
        return ok.get();
    }
}
