package io.camelseedance.benchmarks;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.apache.camel.AsyncProducer;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.apache.camel.util.json.JsonObject;

import io.camelseedance.component.SeedanceComponent;

/**
 * Measurement 7, one instance per JVM: the tasks numbered {@code index, index + instances, …} below {@code N}, all
 * submitted at once through {@code seedance:generate?waitForCompletion=true} with a constant poll delay, the
 * component's task store in the shared PostgreSQL. Reports how many exchanges ended well, the statements the
 * store sent ({@link CountingDataSource}), by first SQL word, and this instance's own reads of the provider as its
 * tracker counted them (the dev console's {@code polls}): the simulator's count is of all instances together. Writes
 * {@code n doneEpochMicros} per exchange that completed to {@code outFile}, for the driver's completion-to-exchange
 * latency.
 * <p>
 * Arguments: {@code arkBaseUrl N instances index renderMs pollMs jdbcUrl user password timeoutSeconds outFile}.
 */
public final class ScaleOutProbe {

    private ScaleOutProbe() {
    }

    public static void main(String[] args) throws Exception {
        String ark = args[0];
        int count = Integer.parseInt(args[1]);
        int instances = Integer.parseInt(args[2]);
        int index = Integer.parseInt(args[3]);
        long renderMs = Long.parseLong(args[4]);
        long pollMs = Long.parseLong(args[5]);
        long timeoutSeconds = Long.parseLong(args[9]);
        Path outFile = Path.of(args[10]);

        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(args[6]);
        pool.setUsername(args[7]);
        pool.setPassword(args[8]);
        pool.setMaximumPoolSize(4);
        CountingDataSource counting = new CountingDataSource();
        SeedanceComponent seedance = Bench.waitingComponent(ark, pollMs, timeoutSeconds);
        seedance.setTaskStoreDataSource(counting.wrap(new HikariDataSource(pool)));

        DefaultCamelContext context = new DefaultCamelContext();
        context.getShutdownStrategy().setTimeout(5);
        context.addComponent("seedance", seedance);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:wait").to("seedance:generate?waitForCompletion=true");
            }
        });
        context.start();
        // the tables are made at start: only the tasks' statements from here on
        long statementsAtStart = counting.statementTotal();
        Map<String, Long> kindsAtStart = counting.statements();
        long commitsAtStart = counting.commits();
        AsyncProducer producer = context.getEndpoint("direct:wait").createAsyncProducer();
        producer.start();

        int mine = (count - index + instances - 1) / instances;
        CountDownLatch done = new CountDownLatch(mine);
        AtomicLong failures = new AtomicLong();
        Map<Integer, Long> doneAt = new ConcurrentHashMap<>();
        long start = System.nanoTime();
        Instant firstSubmission = Instant.now();
        for (int n = index; n < count; n += instances) {
            Exchange exchange = new DefaultExchange(context);
            exchange.getMessage().setBody(Bench.prompt(n, renderMs));
            int number = n;
            producer.process(exchange, doneSync -> {
                if (exchange.getException() == null) {
                    doneAt.put(number, Bench.epochMicros(Instant.now()));
                } else if (failures.incrementAndGet() == 1) {
                    Bench.report("firstFailure", Bench.describe(exchange.getException()));
                }
                done.countDown();
            });
        }
        reportCreatesAnswered(context, mine, firstSubmission);
        boolean all = done.await(timeoutSeconds, TimeUnit.SECONDS);
        Bench.report("completed.allInTime", all);
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(outFile))) {
            doneAt.forEach((number, micros) -> out.println(number + " " + micros));
        }
        Bench.report("tasks", mine);
        Bench.report("completed.ok", mine - done.getCount() - failures.get());
        Bench.report("completed.failed", failures.get());
        Bench.report("elapsed.seconds", String.format("%.1f", (System.nanoTime() - start) / 1e9));
        Bench.report("store.statementsAtStart", statementsAtStart);
        Bench.report("store.statements", counting.statementTotal() - statementsAtStart);
        Bench.report("store.commits", counting.commits() - commitsAtStart);
        counting.statements().forEach(
                (word, n) -> Bench.report("store.statements." + word, n - kindsAtStart.getOrDefault(word, 0L)));
        TrackerReads.report(context);
        if (all) {
            context.stop();
        }
        Runtime.getRuntime().halt(0);
    }

    /**
     * When the creates were answered (the tracker follows a task from its create's answer), median and last, after the
     * first submission: a task whose create is answered later is looked at in fewer rounds before its end, so this
     * explains a difference in the looks per task between the sides. Read from the dev console's tasks in flight.
     */
    private static void reportCreatesAnswered(DefaultCamelContext context, int mine, Instant firstSubmission)
            throws InterruptedException {
        Map<String, Instant> answered = new HashMap<>();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (answered.size() < mine && System.nanoTime() < until) {
            for (Object task : (List<?>) TrackerReads.seedance(context).get("inFlight")) {
                JsonObject t = (JsonObject) task;
                answered.putIfAbsent(t.getString("id"), Instant.parse(t.getString("submitted")));
            }
            Thread.sleep(100);
        }
        List<Long> millis = answered.values().stream().map(t -> Duration.between(firstSubmission, t).toMillis())
                .sorted().toList();
        Bench.report("creates.answeredSeen", millis.size());
        if (!millis.isEmpty()) {
            // with a unit, so that the driver shows each instance's instead of adding them up
            Bench.report("creates.answeredMedian", millis.get(millis.size() / 2) + " ms");
            Bench.report("creates.answeredLast", millis.get(millis.size() - 1) + " ms");
        }
    }
}
