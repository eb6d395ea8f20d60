package io.camelseedance.component;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * One of the instances {@link ScaleOutTest} runs, each in a JVM of its own, all sharing one PostgreSQL:
 * {@code seedance:generate?waitForCompletion=true} submits and waits, {@code seedance:tasks?mode=tracked} emits each
 * task that ends by appending a line to this instance's file (forced to disk before the exchange completes): the
 * task id, this instance's name, and the {@code CamelSeedanceRedelivered} flag.
 * <p>
 * Arguments: simulator Ark base URL, API key, JDBC URL, user, password, task lease (ms), emitted file, this instance's
 * name, number of tasks to submit. Prints {@code ALL-SUBMITTED} once every create was answered and
 * {@code ALL-WAITED <n> <failed>} once the waits ended; then runs until killed.
 */
public final class ScaleOutInstance {

    private static final int WAVE = 100;

    private ScaleOutInstance() {
    }

    public static void main(String[] args) throws Exception {
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(args[2]);
        pool.setUsername(args[3]);
        pool.setPassword(args[4]);
        pool.setMaximumPoolSize(6);
        long lease = Long.parseLong(args[5]);
        Path emitted = Path.of(args[6]);
        String name = args[7];
        int count = Integer.parseInt(args[8]);

        CamelContext context = new DefaultCamelContext();
        SeedanceComponent seedance = new SeedanceComponent();
        seedance.getConfiguration().setBaseUrl(args[0]);
        seedance.getConfiguration().setApiKey(args[1]);
        seedance.getConfiguration().setModel(SeedanceTestSupport.MODEL);
        seedance.getConfiguration().setPollDelay(300);
        seedance.getConfiguration().setPollMaxDelay(600);
        // three JVMs, the simulator and the database share two cores: a create may take long to be answered, and a
        // create whose answer is lost is never sent again
        seedance.getConfiguration().setRequestTimeout(120_000);
        seedance.setTrackerTick(50);
        seedance.setTaskStoreDataSource(new HikariDataSource(pool));
        seedance.setTaskLease(lease);
        context.addComponent("seedance", seedance);
        FileChannel out = FileChannel.open(emitted, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:submit").to("seedance:generate?waitForCompletion=true");
                from("seedance:tasks?mode=tracked&delay=100").routeId("emit").process(e -> {
                    String line = e.getMessage().getHeader(SeedanceConstants.TASK_ID, String.class) + " " + name
                            + " " + e.getMessage().getHeader(SeedanceConstants.REDELIVERED, Boolean.class) + "\n";
                    synchronized (out) {
                        out.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)));
                        out.force(true);
                    }
                });
            }
        });
        context.start();
        ProducerTemplate template = context.createProducerTemplate();
        List<CompletableFuture<Exchange>> waits = new ArrayList<>();
        List<Exchange> sent = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < count; i++) {
            String prompt = "scale-" + name + "-" + i + "- a kite over the dunes";
            waits.add(template.asyncSend("direct:submit", e -> {
                e.getMessage().setBody(prompt);
                sent.add(e);
            }));
            if ((i + 1) % WAVE == 0) {
                // in waves, so that the simulator's accept queue is not flooded; the waits still overlap
                awaitAnswered(sent, i + 1);
            }
        }
        awaitAnswered(sent, count);
        System.out.println("ALL-SUBMITTED");
        System.out.flush();
        CompletableFuture.allOf(waits.toArray(CompletableFuture[]::new)).join();
        long failed = waits.stream().map(CompletableFuture::join).filter(e -> e.getException() != null).count();
        System.out.println("ALL-WAITED " + waits.size() + " " + failed);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    /**
     * Until {@code n} creates were answered: their exchanges carry a task id (or failed). The tracker's count would
     * not do: it holds the tasks it took over from other instances too.
     */
    private static void awaitAnswered(List<Exchange> sent, int n) throws InterruptedException {
        while (answered(sent) < n) {
            Thread.sleep(10);
        }
    }

    private static long answered(List<Exchange> sent) {
        synchronized (sent) {
            return sent.stream().filter(e -> e.getException() != null
                    || e.getMessage().getHeader(SeedanceConstants.TASK_ID) != null).count();
        }
    }
}
