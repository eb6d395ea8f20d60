package io.camelseedance.benchmarks;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

import com.volcengine.ark.runtime.model.content.generation.CreateContentGenerationTaskRequest;
import com.volcengine.ark.runtime.model.content.generation.GetContentGenerationTaskRequest;
import com.volcengine.ark.runtime.service.ArkService;
import org.apache.camel.AsyncProducer;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;

/**
 * Measurement 6, one side per JVM: N videos submitted at once and waited for. {@code sdk}: the official Ark Java SDK
 * ({@code volcengine-java-sdk-ark-runtime}) the way its users write it, a thread pool where each thread creates its
 * task and then gets it every second until it has ended; built with its defaults (so its own retries) and the
 * simulator's base URL. {@code camel}: {@code seedance:generate?waitForCompletion=true} with 1 s polls, submitted
 * from one thread through an {@link AsyncProducer}, so the caller holds no thread while waiting.
 * <p>
 * Reports live threads and heap after GC once every create has reached the simulator, the peak thread count, the
 * wall time until the last caller continued, and how many callers got their video or an error; writes
 * {@code n doneEpochMicros} per video to {@code outFile} for the driver's completion-to-caller latency.
 * <p>
 * Arguments:
 * {@code sdk|camel|camel-marked arkBaseUrl adminPort N renderMinMs renderMaxMs seed sdkThreads timeoutSeconds outFile [sim]}, where
 * {@code sim} names the simulator on the admin port ({@code faulty}, or empty for the main one).
 */
public final class SdkProbe {

    private static final Set<String> RUNNING = Set.of("queued", "running");

    private SdkProbe() {
    }

    public static void main(String[] args) throws Exception {
        RenderProbeArgs probe = RenderProbeArgs.parse(args);
        String mode = probe.mode();
        int count = probe.count();
        int sdkThreads = probe.ownInt(0);
        long timeoutSeconds = probe.ownLong(1);
        Path outFile = probe.ownPath(2);
        String sim = probe.ownText(3, "");

        AtomicLongArray doneAt = new AtomicLongArray(count);
        AtomicLong failures = new AtomicLong();
        CountDownLatch done = new CountDownLatch(count);
        Bench.report("threads.beforeSubmit", Bench.liveThreads());
        ManagementFactory.getThreadMXBean().resetPeakThreadCount();
        long start = System.nanoTime();
        Runnable stop;
        if (mode.equals("sdk")) {
            ArkService service = ArkService.builder().apiKey(Bench.KEY).baseUrl(probe.ark() + "/").build();
            ExecutorService pool = Executors.newFixedThreadPool(sdkThreads);
            for (int i = 0; i < count; i++) {
                int n = i;
                pool.execute(() -> {
                    try {
                        String id = service.createContentGenerationTask(CreateContentGenerationTaskRequest.builder()
                                .model(Bench.MODEL)
                                .content(List.of(CreateContentGenerationTaskRequest.Content.builder().type("text")
                                        .text(probe.prompt(n))
                                        .build()))
                                .build()).getId();
                        GetContentGenerationTaskRequest get = GetContentGenerationTaskRequest.builder().taskId(id)
                                .build();
                        String status;
                        do {
                            Thread.sleep(1000);
                            status = service.getContentGenerationTask(get).getStatus();
                        } while (RUNNING.contains(status));
                        if (status.equals("succeeded")) {
                            doneAt.set(n, Bench.epochMicros(Instant.now()));
                        } else {
                            fail(failures, status);
                        }
                    } catch (Exception e) {
                        fail(failures, e);
                    } finally {
                        done.countDown();
                    }
                });
            }
            stop = () -> {
                pool.shutdownNow();
                service.shutdownExecutor();
            };
        } else {
            DefaultCamelContext context = new DefaultCamelContext();
            context.getShutdownStrategy().setTimeout(5);
            context.addComponent("seedance", Bench.waitingComponent(probe.ark(), 1000, timeoutSeconds));
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    // camel-marked: each create distinguishable, so lost creates sent together can be adopted
                    from("direct:video").to("seedance:generate?waitForCompletion=true"
                            + (mode.equals("camel-marked") ? "&reconcileMarkCreates=true" : ""));
                }
            });
            context.start();
            AsyncProducer producer = context.getEndpoint("direct:video").createAsyncProducer();
            producer.start();
            for (int i = 0; i < count; i++) {
                int n = i;
                Exchange exchange = new DefaultExchange(context);
                exchange.getMessage().setBody(probe.prompt(n));
                producer.process(exchange, doneSync -> {
                    if (exchange.getException() == null) {
                        doneAt.set(n, Bench.epochMicros(Instant.now()));
                    } else {
                        fail(failures, exchange.getException());
                    }
                    done.countDown();
                });
            }
            stop = context::stop;
        }
        // all in flight: wait until the simulator has every create (bounded), then read threads and heap
        Bench.awaitCreates(probe.adminPort(), sim, count, probe.renderMinMs() / 2);
        Bench.report("inflight.liveThreads", Bench.liveThreads());
        Bench.report("inflight.threadNames", Bench.threadNames());
        Bench.report("inflight.heapAfterGcMB", String.format("%.1f", Bench.heapAfterGc() / 1048576.0));

        boolean all = done.await(timeoutSeconds, TimeUnit.SECONDS);
        Bench.report("wall.seconds", String.format("%.2f", (System.nanoTime() - start) / 1e9));
        Bench.report("completed.allInTime", all);
        long ok = 0;
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(outFile))) {
            for (int i = 0; i < count; i++) {
                if (doneAt.get(i) != 0) {
                    ok++;
                    out.println(i + " " + doneAt.get(i));
                }
            }
        }
        Bench.report("completed.ok", ok);
        Bench.report("completed.failed", failures.get());
        Bench.report("threads.peak", ManagementFactory.getThreadMXBean().getPeakThreadCount());
        stop.run();
        Runtime.getRuntime().halt(0);
    }

    private static void fail(AtomicLong failures, Object why) {
        if (failures.incrementAndGet() == 1) {
            Bench.report("firstFailure",
                    why instanceof Throwable t ? Bench.describe(t) : String.valueOf(why).replace('\n', ' '));
        }
    }
}
