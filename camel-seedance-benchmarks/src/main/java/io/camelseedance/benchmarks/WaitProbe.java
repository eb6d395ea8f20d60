package io.camelseedance.benchmarks;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReferenceArray;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.AsyncProducer;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.http.HttpComponent;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.apache.camel.util.json.JsonObject;

/**
 * Measurements 2 and 3, one side per JVM: N exchanges that each create a task rendering for a time drawn from
 * {@code [renderMinMs, renderMaxMs]} ({@link Bench#renderMs}) and continue when it has ended, submitted at a fixed rate. {@code camel}: {@code seedance:generate?waitForCompletion=true}
 * with a constant poll delay. {@code http}: what a user would write without the component, camel-http with
 * {@code loopDoWhile} and an asynchronous {@code delay} of the same length, one GET per task per round.
 * <p>
 * Creates are paced by the rate and, when {@code window} is above 0, by at most {@code window} creates submitted that
 * the simulator has not received yet: at 100,000 a fixed rate outran what the simulator accepts on 2 shared cores, and
 * the measurement then measured the simulator's accept queue (connects pending and retried) instead of the waiting.
 * <p>
 * Reports live threads (by pool) and heap after a full GC once every task has been created (all N in flight), the
 * heap after GC before the first submission and the difference per waiting exchange, the peak thread count, and how
 * many exchanges completed; writes {@code n doneEpochMicros taskId} per exchange that completed to {@code outFile} for the
 * driver, which joins it with the simulator's creation times for the completion-to-exchange latency.
 * <p>
 * With {@code learnCount} above zero, that many tasks of the same kind (render times drawn from the same range with
 * another seed) go through the same route first, and are waited for: a long-running application has seen tasks end
 * before, and the tracker learns from them how long renders take ({@code LearnedRenderTimes}). The simulator's record
 * is then emptied, so that the driver counts the measured tasks' requests only; the tracker's own reads of the
 * learning tasks are reported apart ({@code learning.pollCalls}).
 * <p>
 * Arguments:
 * {@code camel|http arkBaseUrl adminPort N renderMinMs renderMaxMs seed pollMs ratePerSecond timeoutSeconds outFile
 * [learnCount [window]]}.
 */
public final class WaitProbe {

    private static final ObjectMapper JSON = new ObjectMapper();

    private WaitProbe() {
    }

    /** Runs the learning tasks through the route and waits for them; reports what the tracker learned. */
    private static void learn(DefaultCamelContext context, AsyncProducer producer, String mode, int count,
            long renderMinMs, long renderMaxMs, long seed, int rate, long timeoutSeconds) throws Exception {
        long start = System.nanoTime();
        CountDownLatch done = new CountDownLatch(count);
        AtomicLong failures = new AtomicLong();
        for (int i = 0; i < count; i++) {
            long wait = start + TimeUnit.SECONDS.toNanos(i) / rate - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            Exchange exchange = new DefaultExchange(context);
            // not "clip-<n>-": the simulator's record of creates is the measured tasks'
            exchange.getMessage().setBody("learning-" + i + " [sim:queue=0] [sim:render="
                    + Bench.renderMs(seed + 1, i, renderMinMs, renderMaxMs) + "]");
            producer.process(exchange, doneSync -> {
                if (exchange.getException() != null) {
                    failures.incrementAndGet();
                }
                done.countDown();
            });
        }
        Bench.report("learning.allInTime", done.await(timeoutSeconds, TimeUnit.SECONDS));
        Bench.report("learning.failed", failures.get());
        Bench.report("learning.seconds", String.format("%.1f", (System.nanoTime() - start) / 1e9));
        if (mode.equals("camel")) {
            JsonObject seedance = TrackerReads.seedance(context);
            Bench.report("learning.pollCalls", ((JsonObject) seedance.get("polls")).get("calls"));
            Bench.report("learning.renderTimes", seedance.get("learnedRenderTimes"));
        }
    }

    public static void main(String[] args) throws Exception {
        RenderProbeArgs probe = RenderProbeArgs.parse(args);
        String mode = probe.mode();
        String ark = probe.ark();
        int adminPort = probe.adminPort();
        int count = probe.count();
        long renderMinMs = probe.renderMinMs();
        long renderMaxMs = probe.renderMaxMs();
        long seed = probe.seed();
        long pollMs = probe.ownLong(0);
        int rate = probe.ownInt(1);
        long timeoutSeconds = probe.ownLong(2);
        Path outFile = probe.ownPath(3);
        int learnCount = Integer.parseInt(probe.ownText(4, "0"));
        int window = Integer.parseInt(probe.ownText(5, "0"));

        DefaultCamelContext context = new DefaultCamelContext();
        context.getShutdownStrategy().setTimeout(5);
        if (mode.equals("camel")) {
            context.addComponent("seedance", Bench.waitingComponent(ark, pollMs, timeoutSeconds));
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:wait").to("seedance:generate?waitForCompletion=true");
                }
            });
        } else {
            HttpComponent http = new HttpComponent();
            http.setMaxTotalConnections(200);
            http.setConnectionsPerRoute(200);
            context.addComponent("http", http);
            String tasks = ark + "/contents/generations/tasks";
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:wait")
                            .process(e -> e.getMessage().setBody(JSON.createObjectNode().put("model", Bench.MODEL)
                                    .set("content", JSON.createArrayNode().add(JSON.createObjectNode()
                                            .put("type", "text").put("text", e.getMessage().getBody(String.class))))
                                    .toString()))
                            .setHeader("Authorization", constant("Bearer " + Bench.KEY))
                            .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
                            .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                            .to(tasks)
                            .process(e -> {
                                JsonNode created = JSON.readTree(e.getMessage().getBody(String.class));
                                e.setProperty("taskId", created.get("id").asText());
                                e.setProperty("done", false);
                            })
                            .loopDoWhile(exchangeProperty("done").isEqualTo(false))
                            .delay(pollMs).asyncDelayed()
                            .removeHeaders("*")
                            .setBody(constant(null))
                            .setHeader("Authorization", constant("Bearer " + Bench.KEY))
                            .setHeader(Exchange.HTTP_METHOD, constant("GET"))
                            .setHeader(Exchange.HTTP_PATH, simple("/${exchangeProperty.taskId}"))
                            .to(tasks)
                            .process(e -> {
                                JsonNode task = JSON.readTree(e.getMessage().getBody(String.class));
                                String status = task.path("status").asText();
                                e.setProperty("done", !status.equals("queued") && !status.equals("running"));
                                e.getMessage().setBody(task.toString());
                            })
                            .end();
                }
            });
        }
        context.start();
        AsyncProducer producer = context.getEndpoint("direct:wait").createAsyncProducer();
        producer.start();
        if (learnCount > 0) {
            learn(context, producer, mode, learnCount, renderMinMs, renderMaxMs, seed, rate, timeoutSeconds);
            Bench.admin(adminPort, "/clear");
        }
        long heapBefore = Bench.heapAfterGc();
        Bench.report("heap.beforeSubmitMB", String.format("%.1f", heapBefore / 1048576.0));
        ManagementFactory.getThreadMXBean().resetPeakThreadCount();
        Bench.report("threads.beforeSubmit", Bench.liveThreads());
        // the simulator counts the tasks it made since it started: this side's are those beyond this
        long createdBefore = window > 0 ? Long.parseLong(Bench.admin(adminPort, "/created")) : 0;

        AtomicLongArray doneAt = new AtomicLongArray(count);
        AtomicLongArray okAt = new AtomicLongArray(count);
        AtomicReferenceArray<String> taskIds = new AtomicReferenceArray<>(count);
        AtomicLong failures = new AtomicLong();
        CountDownLatch done = new CountDownLatch(count);
        // the blocking camel-http create needs a thread; the component's create does not, but is submitted the same way
        ExecutorService submitters = Executors.newFixedThreadPool(16);
        long start = System.nanoTime();
        long deadline = start + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        AtomicLong submitted = new AtomicLong();
        long received = 0;
        for (int i = 0; i < count; i++) {
            long due = start + TimeUnit.SECONDS.toNanos(i) / rate;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            // a create that failed before the simulator had it has left the window too: it ended its exchange
            while (window > 0 && i - received - (count - done.getCount()) >= window && System.nanoTime() < deadline) {
                received = Long.parseLong(Bench.admin(adminPort, "/created")) - createdBefore;
                if (i - received - (count - done.getCount()) >= window) {
                    Thread.sleep(10);
                }
            }
            int n = i;
            submitters.execute(() -> {
                Exchange exchange = new DefaultExchange(context);
                exchange.getMessage().setBody(probe.prompt(n));
                producer.process(exchange, doneSync -> {
                    Instant now = Instant.now();
                    doneAt.set(n, Bench.epochMicros(now));
                    taskIds.set(n, mode.equals("camel")
                            ? exchange.getMessage().getHeader("CamelSeedanceTaskId", String.class)
                            : exchange.getProperty("taskId", String.class));
                    if (exchange.getException() == null) {
                        okAt.set(n, 1);
                    } else {
                        if (failures.incrementAndGet() == 1) {
                            Bench.report("firstFailure", Bench.describe(exchange.getException()));
                        }
                    }
                    done.countDown();
                });
                submitted.incrementAndGet();
            });
        }
        // the submitting threads are the driver's, not the route's: gone before threads are counted
        submitters.shutdown();
        boolean submittedAll = submitters.awaitTermination(
                Math.min(deadline - System.nanoTime(), TimeUnit.SECONDS.toNanos(30)), TimeUnit.NANOSECONDS);
        double submitSeconds = (System.nanoTime() - start) / 1e9;
        Bench.report("submit.seconds", String.format("%.1f", submitSeconds));
        // a submitting thread that has not returned is one the route keeps (it blocks somewhere)
        Bench.report("submit.returned", submitted.get());
        // all in flight: wait until the simulator has every create (bounded), then read threads and heap
        // a create that failed will never be there: waiting for it would take the reading past the first renders' end
        long readingDeadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(renderMinMs / 2);
        while (System.nanoTime() < readingDeadline && Long.parseLong(Bench.admin(adminPort,
                "/count?method=POST&prefix=" + Bench.TASKS_PATH)) + failures.get() < count) {
            Thread.sleep(100);
        }
        String createdAtReading = Bench.admin(adminPort, "/count?method=POST&prefix=" + Bench.TASKS_PATH);
        Bench.report("inflight.createdAtReading", createdAtReading);
        Thread.sleep(Math.min(2000, renderMinMs / 4));
        // live threads, less the submitting threads still kept by the route (counted apart above)
        Bench.report("inflight.liveThreads", Bench.liveThreads() - (submittedAll ? 0 : 16));
        Bench.report("inflight.threadNames", Bench.threadNames());
        Bench.report("inflight.threadsPeakSoFar", ManagementFactory.getThreadMXBean().getPeakThreadCount());
        long heap = Bench.heapAfterGc();
        Bench.report("inflight.heapAfterGcMB", String.format("%.1f", heap / 1048576.0));
        // an exchange that had already ended when the heap was read would flatter the figure: counted apart
        long ended = count - done.getCount();
        long waiting = Long.parseLong(createdAtReading) - ended;
        Bench.report("inflight.endedAtReading", ended);
        Bench.report("inflight.bytesPerWaitingExchange",
                waiting <= 0 ? "NaN" : Long.toString((heap - heapBefore) / waiting));

        boolean all = done.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        Bench.report("completed.allInTime", all);
        long ok = 0;
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(outFile))) {
            for (int i = 0; i < count; i++) {
                if (okAt.get(i) == 1) {
                    ok++;
                    out.println(i + " " + doneAt.get(i) + " " + taskIds.get(i));
                }
            }
        }
        Bench.report("completed.ok", ok);
        Bench.report("completed.failed", failures.get());
        Bench.report("threads.peak", ManagementFactory.getThreadMXBean().getPeakThreadCount());
        Bench.report("elapsed.seconds", String.format("%.1f", (System.nanoTime() - start) / 1e9));
        if (mode.equals("camel")) {
            TrackerReads.report(context);
        }
        if (all) {
            context.stop();
        }
        // a baseline that did not finish may not stop cleanly; the figures are out
        Runtime.getRuntime().halt(0);
    }
}
