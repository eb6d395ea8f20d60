package io.camelseedance.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

import org.apache.camel.main.Main;

import io.camelseedance.examples.demo.DemoReport;
import io.camelseedance.examples.demo.DemoSamples;
import io.camelseedance.examples.demo.PipelineOutcome;
import io.camelseedance.examples.demo.PipelineOutcomes;
import io.camelseedance.examples.standin.LocalStandIns;
import io.camelseedance.examples.watch.WatchPageRoutes;

/**
 * The one-command demo: starts the Seedance simulator (or uses the real provider, see {@link SeedanceTarget}), S3Proxy
 * and a GreenMail SMTP server on 127.0.0.1, runs the video pipeline, drops the bundled sample inputs into its inbox,
 * and prints what became of each: task, S3 object, a local copy of the MP4, the notification. Meanwhile the watch page
 * shows the same at the address printed first. Then it exits, or with {@code -Dseedance.demo.watch=true} keeps
 * watching the inbox, and keeps the page live, reporting each file dropped there until Ctrl+C.
 * <p>
 * Settings: {@code seedance.demo.dir} (default {@code target/demo}), {@code seedance.demo.watch},
 * {@code pipeline.dsl} ({@code java} or {@code yaml}); {@code SEEDANCE_API_KEY} with {@code seedance.provider} (and
 * optionally {@code seedance.model}) for a real, paid run.
 */
public final class SeedanceDemo {

    /** How long the demo waits for one input: a real provider may queue a task for many minutes. */
    private static final Duration SIMULATED_PATIENCE = Duration.ofMinutes(2);
    private static final Duration PROVIDER_PATIENCE = Duration.ofMinutes(30);
    private static final String BUCKET_PROPERTY = "pipeline.s3.bucket";

    private final Path directory;
    private final PipelineDsl dsl;
    private final Optional<SeedanceTarget> provider;
    private final PrintStream out;
    private final CountDownLatch finished = new CountDownLatch(1);

    SeedanceDemo(Path directory, PipelineDsl dsl, Optional<SeedanceTarget> provider, PrintStream out) {
        this.directory = directory.toAbsolutePath();
        this.dsl = dsl;
        this.provider = provider;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        LaunchSettings.clearBlankSystemProperties("seedance.provider", "seedance.model", "pipeline.dsl");
        LaunchSettings settings = LaunchSettings.fromSystem();
        SeedanceDemo demo = new SeedanceDemo(Path.of(settings.get("seedance.demo.dir", "target/demo")),
                PipelineDsl.parse(settings.get("pipeline.dsl", "java")), SeedanceTarget.realProvider(settings),
                System.out);
        boolean watch = settings.flag("seedance.demo.watch", false);
        boolean allAccountedFor = demo.run(watch);
        if (!watch) {
            // a library thread left behind must not keep the build waiting
            System.exit(allAccountedFor ? 0 : 1);
        }
    }

    /**
     * Runs the demo; with {@code watch} it returns only once the JVM is asked to stop.
     *
     * @return whether every sample input was accounted for in time
     */
    boolean run(boolean watch) throws Exception {
        try {
            return runPipeline(watch);
        } finally {
            finished.countDown();
        }
    }

    private boolean runPipeline(boolean watch) throws Exception {
        Path inbox = directory.resolve("inbox");
        forgetEarlierRuns();
        LocalStandIns.Builder standIns = LocalStandIns.in(directory).s3().smtp();
        if (provider.isEmpty()) {
            standIns.simulator(Duration.ofMillis(500), Duration.ofSeconds(2), Duration.ofMillis(500));
        }
        try (LocalStandIns started = standIns.start()) {
            Map<String, String> properties = new LinkedHashMap<>(started.properties());
            provider.ifPresent(p -> properties.putAll(p.properties()));
            properties.put("pipeline.inbox", inbox.toString());
            // the watch page, on a port of its own, with the task store in files it can read
            int port = FreePort.onLoopback();
            String page = "http://127.0.0.1:" + port + WatchPageRoutes.PATH;
            properties.put(WatchPageRoutes.ENABLED, "true");
            properties.put("camel.server.host", "127.0.0.1");
            properties.put("camel.server.port", Integer.toString(port));
            properties.put("camel.component.seedance.task-store-directory", directory.resolve("tasks").toString());
            PipelineOutcomes outcomes = new PipelineOutcomes("video-pipeline");
            Main main = dsl.newMain(properties);
            main.bind("demoOutcomes", outcomes);
            main.start();
            try {
                String bucket = main.getCamelContext().resolvePropertyPlaceholders("{{" + BUCKET_PROPERTY + "}}");
                DemoReport report = new DemoReport(inbox, started.s3().orElseThrow(), started.smtp().orElseThrow(),
                        bucket, directory);
                introduce(started, inbox, page);
                DemoSamples.dropInto(inbox);
                boolean complete = summarise(outcomes, report, page, watch);
                if (watch) {
                    watch(outcomes, report, inbox, page);
                }
                return complete;
            } finally {
                main.stop();
            }
        }
    }

    private void introduce(LocalStandIns standIns, Path inbox, String page) {
        out.println();
        out.println("Seedance video pipeline demo (" + dsl.name().toLowerCase() + " routes)");
        out.println("  Seedance  " + provider.map(p -> p.provider() + ", model " + p.model() + " (real, paid)")
                .orElseGet(() -> "simulator at " + standIns.simulator().orElseThrow().baseUrl("byteplus")));
        standIns.s3().ifPresent(s3 -> out.println("  S3        S3Proxy at " + s3.endpoint() + ", files under "
                + s3.directory()));
        standIns.smtp().ifPresent(smtp -> out.println("  SMTP      GreenMail at " + smtp.host() + ":" + smtp.port()));
        out.println("  inbox     " + inbox);
        out.println("  watch     " + page + "  (open it in a browser: every input, live, and its video)");
        out.println("Dropping " + String.join(", ", DemoSamples.INPUTS) + " (with lighthouse.txt as the image's"
                + " prompt) into the inbox...");
        out.println();
    }

    private boolean summarise(PipelineOutcomes outcomes, DemoReport report, String page, boolean watch)
            throws Exception {
        Duration patience = provider.isPresent() ? PROVIDER_PATIENCE : SIMULATED_PATIENCE;
        List<PipelineOutcome> done = new ArrayList<>();
        while (done.size() < DemoSamples.INPUTS.size()) {
            PipelineOutcome next = outcomes.next(patience);
            if (next == null) {
                break;
            }
            done.add(next);
        }
        done.sort(Comparator.comparingInt(o -> DemoSamples.INPUTS.indexOf(o.source())));
        out.println();
        out.println("==================================== Summary ====================================");
        for (PipelineOutcome outcome : done) {
            report.print(outcome, out);
        }
        long videos = done.stream().filter(PipelineOutcome::succeeded).count();
        out.printf("%d inputs: %d videos in S3, %d rejected%s%n", done.size(), videos, done.size() - videos,
                done.size() < DemoSamples.INPUTS.size()
                        ? "; " + (DemoSamples.INPUTS.size() - done.size()) + " not finished in " + patience
                        : "");
        out.println("Watch page: " + page + (watch
                ? ""
                : " (closes as the demo ends: -Dseedance.demo.watch=true"
                        + " keeps it open)"));
        out.println("=================================================================================");
        return done.size() == DemoSamples.INPUTS.size();
    }

    /** Reports every further file the pipeline finishes with, until the JVM is asked to stop. */
    private void watch(PipelineOutcomes outcomes, DemoReport report, Path inbox, String page) {
        Thread watcher = Thread.currentThread();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            watcher.interrupt();
            try {
                // let the demo stop the pipeline and the stand-ins before the JVM goes
                finished.await();
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        }, "seedance-demo-stop"));
        out.println();
        out.println("Watching " + inbox + " - drop .txt prompts, .json requests or .png/.jpg images (with an optional"
                + " same-name .txt prompt) there, and watch them at " + page + ". Ctrl+C stops.");
        try {
            while (!Thread.currentThread().isInterrupted()) {
                PipelineOutcome next = outcomes.next(Duration.ofMinutes(1));
                if (next != null) {
                    report.print(next, out);
                }
            }
        } catch (InterruptedException | IOException e) {
            out.println(e instanceof InterruptedException ? "Stopping." : "Stopping: " + e);
        }
    }

    /** Clears what an earlier run left, so the summary speaks of this run only. */
    private void forgetEarlierRuns() throws IOException {
        for (String folder : List.of("inbox", "s3", "videos", "mail", "tasks")) {
            Path path = directory.resolve(folder);
            if (Files.exists(path)) {
                try (Stream<Path> files = Files.walk(path)) {
                    for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
        }
    }
}
