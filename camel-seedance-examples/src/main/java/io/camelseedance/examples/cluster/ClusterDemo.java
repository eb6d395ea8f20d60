package io.camelseedance.examples.cluster;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import io.camelseedance.examples.standin.LocalStandIns;

/**
 * The cluster demo: the simulator, S3Proxy, GreenMail and an embedded PostgreSQL in this JVM, three instances of the
 * pipeline in JVMs of their own sharing them and one inbox, 30 prompt files dropped at once, and, once half of the
 * videos are in S3, the instance with the most files in hand SIGKILLed. When the survivors have finished, it prints
 * per input what the simulator, the bucket and the mailbox received, and a verdict; it exits 1 if an input was not
 * created, uploaded and notified, or was created or uploaded twice.
 * <p>
 * Setting: {@code seedance.cluster-demo.dir} (default {@code target/cluster-demo}).
 */
public final class ClusterDemo {

    private static final int INSTANCES = 3;
    private static final int FILES = 30;
    private static final String BUCKET = "seedance-videos";
    /** Short, so the files and tasks of the killed instance are taken over within seconds. */
    private static final Duration LEASE = Duration.ofSeconds(3);
    private static final Duration PATIENCE = Duration.ofMinutes(5);
    /** An inbox claim's holder is host-pid-uuid (SharedStoreMode). */
    private static final Pattern HOLDER_PID = Pattern.compile("-(\\d+)-[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$");

    private final Path directory;
    private final PrintStream out;

    private ClusterDemo(Path directory, PrintStream out) {
        this.directory = directory.toAbsolutePath();
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        String dir = System.getProperty("seedance.cluster-demo.dir", "target/cluster-demo");
        boolean pass = new ClusterDemo(Path.of(dir), System.out).run();
        // a library thread left behind must not keep the build waiting
        System.exit(pass ? 0 : 1);
    }

    private boolean run() throws Exception {
        forgetEarlierRuns();
        Path inbox = Files.createDirectories(directory.resolve("inbox"));
        Instant began = Instant.now();
        try (LocalStandIns standIns = LocalStandIns.in(directory)
                .simulator(Duration.ofMillis(500), Duration.ofSeconds(2), Duration.ofMillis(500)).s3().smtp().start();
                EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                        .setServerConfig("listen_addresses", "127.0.0.1").start()) {
            String jdbcUrl = postgres.getJdbcUrl("postgres", "postgres");
            Path config = writeConfig(standIns, jdbcUrl, inbox);
            ClusterTally tally = new ClusterTally(standIns.simulator().orElseThrow(), standIns.s3().orElseThrow(),
                    standIns.smtp().orElseThrow(), BUCKET, inbox);
            out.println();
            out.println("Seedance cluster demo: " + INSTANCES + " pipeline JVMs, one inbox, one PostgreSQL");
            out.println("  simulator   " + standIns.simulator().orElseThrow().baseUrl("byteplus"));
            out.println("  S3          S3Proxy at " + standIns.s3().orElseThrow().endpoint());
            out.println("  SMTP        GreenMail at 127.0.0.1:" + standIns.smtp().orElseThrow().port());
            out.println("  PostgreSQL  " + jdbcUrl);
            out.println("  inbox       " + inbox);
            out.println("  leases      " + LEASE.toSeconds() + " s (inbox claims and tasks)");
            List<PipelineInstance> instances = new ArrayList<>();
            try {
                for (int i = 1; i <= INSTANCES; i++) {
                    String name = "instance-" + i;
                    instances.add(PipelineInstance.start(name, config, directory.resolve(name + ".log")));
                }
                awaitCondition("the instances to start", () -> allStarted(instances));
                for (PipelineInstance instance : instances) {
                    out.println("  " + instance.name() + "  pid " + instance.pid() + ", log " + instance.log());
                }
                List<DemoInput> inputs = DemoInput.first(FILES);
                for (DemoInput input : inputs) {
                    drop(inbox, input);
                }
                out.println(stamp(began) + "dropped " + FILES + " prompt files into the inbox");
                awaitCondition("half of the videos", () -> tally.videos() >= FILES / 2);
                PipelineInstance victim = busiest(instances, postgres.getPostgresDatabase(), inbox);
                int inHand = filesInHand(postgres.getPostgresDatabase(), inbox).getOrDefault(victim.pid(), 0);
                victim.kill();
                out.println(stamp(began) + tally.videos() + " videos in S3: SIGKILLed " + victim.name() + " (pid "
                        + victim.pid() + "), which held live claims on " + inHand
                        + " file(s) still in the inbox");
                awaitCondition("every input in done/", () -> tally.count(inputs).stream()
                        .allMatch(ClusterTally.Row::done));
                out.println(stamp(began) + "all " + FILES + " inputs in done/; survivors: "
                        + instances.stream().filter(PipelineInstance::alive).map(PipelineInstance::name).toList());
                out.println();
                out.println("================ read from the simulator, the bucket and the mailbox ================");
                boolean pass = ClusterTally.print(tally.count(inputs), out);
                out.println("task rows left in the store: " + taskRowsLeft(postgres.getPostgresDatabase()));
                out.println("=====================================================================================");
                return pass;
            } finally {
                for (PipelineInstance instance : instances) {
                    instance.stop(Duration.ofSeconds(15));
                }
            }
        }
    }

    /** The settings every instance reads: the shared services, the shared inbox, short leases, no watch page. */
    private Path writeConfig(LocalStandIns standIns, String jdbcUrl, Path inbox) throws IOException {
        Properties p = new Properties();
        p.putAll(standIns.properties());
        p.put("pipeline.inbox", inbox.toString());
        p.put("pipeline.inbox.poll", "300");
        p.put("pipeline.inbox.settle", "500");
        p.put("pipeline.inbox.lease", Long.toString(LEASE.toMillis()));
        p.put("camel.component.seedance.task-lease", LEASE.toSeconds() + "s");
        p.put("camel.component.seedance.poll-max-delay", "1000");
        p.put("pipeline.store.jdbc-url", jdbcUrl);
        p.put("pipeline.store.user", "postgres");
        p.put("pipeline.store.pool-size", "5");
        p.put("pipeline.s3.bucket", BUCKET);
        // three instances cannot share one port for the page; the watch page is the single-instance demo's
        p.put("pipeline.watch.enabled", "false");
        Path config = directory.resolve("instance.properties");
        try (Writer w = Files.newBufferedWriter(config, StandardCharsets.UTF_8)) {
            p.store(w, "the settings of every instance of the cluster demo");
        }
        return config;
    }

    private static boolean allStarted(List<PipelineInstance> instances) throws IOException {
        for (PipelineInstance instance : instances) {
            if (!instance.alive()) {
                throw new IllegalStateException(instance.name() + " exited at start: see " + instance.log());
            }
            if (!instance.started()) {
                return false;
            }
        }
        return true;
    }

    /** Written under a hidden name and moved in, so no instance reads a half-written file. */
    private static void drop(Path inbox, DemoInput input) throws IOException {
        Path hidden = inbox.resolve("." + input.fileName() + ".part");
        Files.writeString(hidden, input.prompt(), StandardCharsets.UTF_8);
        Files.move(hidden, inbox.resolve(input.fileName()), StandardCopyOption.ATOMIC_MOVE);
    }

    /** The instance holding the most live claims on files still in the inbox: killing it orphans work in flight. */
    private static PipelineInstance busiest(List<PipelineInstance> instances, DataSource db, Path inbox)
            throws SQLException {
        Map<Long, Integer> inHand = filesInHand(db, inbox);
        return instances.stream().max(Comparator.comparingInt(i -> inHand.getOrDefault(i.pid(), 0))).orElseThrow();
    }

    /** Per process id, how many files still in the inbox it holds a live claim on (a holder is host-pid-uuid). */
    private static Map<Long, Integer> filesInHand(DataSource db, Path inbox) throws SQLException {
        Map<Long, Integer> counts = new HashMap<>();
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(
                        "SELECT file_key, holder FROM pipeline_inbox_claim WHERE lease_until > now()")) {
            while (r.next()) {
                String file = r.getString(1).substring(0, r.getString(1).indexOf('|'));
                Matcher holder = HOLDER_PID.matcher(r.getString(2));
                if (holder.find() && Files.exists(inbox.resolve(file))) {
                    counts.merge(Long.parseLong(holder.group(1)), 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    private static long taskRowsLeft(DataSource db) throws SQLException {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT count(*) FROM seedance_task")) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Looks every quarter of a second until {@code condition} holds, failing after {@link #PATIENCE}. */
    private static void awaitCondition(String what, Callable<Boolean> condition) throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!condition.call()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Gave up waiting for " + what + " after " + PATIENCE);
            }
            Thread.sleep(250);
        }
    }

    private static String stamp(Instant began) {
        return String.format("[%5.1f s] ", Duration.between(began, Instant.now()).toMillis() / 1000.0);
    }

    /** Clears what an earlier run left, so the counts speak of this run only. */
    private void forgetEarlierRuns() throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(directory);
    }
}
