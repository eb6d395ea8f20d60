package io.camelseedance.component;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import io.camelseedance.simulator.RecordedRequest;
import io.camelseedance.simulator.SeedanceSimulatorExtension;
import io.camelseedance.tracking.FileTaskStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Crash: a JVM running the pipeline with the file {@code TaskStore} ({@link CrashPipeline}) submits {@value #TASKS}
 * tasks and is killed with SIGKILL ({@link Process#destroyForcibly()}) while they are all in flight; a second JVM on
 * the same store resumes them. Every task is emitted exactly once and none is created twice. The simulator runs here,
 * in the test JVM, so it outlives the kill.
 */
class CrashTest {

    static final int TASKS = 200;
    static final int BURST = 30;
    static final Pattern MARK = Pattern.compile("crash-(\\d+)-");

    /**
     * Tasks take 18 s: all 200 are still in flight when the first JVM is killed, also on a loaded machine where each
     * create's three durable writes (intent, task, answered intent) slow the submitting down.
     */
    @RegisterExtension
    static final SeedanceSimulatorExtension SIM = new SeedanceSimulatorExtension(SeedanceTestSupport.simulator()
            .queuedFor(Duration.ofMillis(15000)).runningFor(Duration.ofMillis(3000)).serverThreads(8));

    @TempDir
    Path directory;

    private Process pipeline(Path store, Path emitted, int submit, Path log, String... mode) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of(SIM.baseUrl("byteplus"), SeedanceTestSupport.KEY,
                store.toString(), emitted.toString(), Integer.toString(submit)));
        args.addAll(List.of(mode));
        return ChildJvm.start(CrashPipeline.class, log, args);
    }

    /**
     * Issue 12, defect 6: killed while {@value #BURST} creates are on the wire (all sent, none answered: the simulator
     * answers each 4 s late), a pipeline used to lose the tasks the provider made (and bills). The intents recorded
     * before sending are settled on restart: each task is found, tracked and emitted once, or reported as an unknown
     * outcome; none vanishes and none is created twice.
     */
    @Test
    void killedWhileCreatesAreOnTheWireEveryCreatedTaskIsEmittedOrReportedAndNoneIsCreatedTwice() throws Exception {
        Path store = Files.createDirectory(directory.resolve("store"));
        Path emitted = directory.resolve("emitted.txt");
        Path firstLog = directory.resolve("first.log");
        Path secondLog = directory.resolve("second.log");
        Set<String> before = Set.copyOf(SIM.simulator().createdTaskIds());

        Process first = pipeline(store, emitted, BURST, firstLog, "burst");
        try {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
                    .until(() -> !first.isAlive() || burstCreates().size() >= BURST);
            assertThat(first.isAlive()).as("first JVM alive; its output:%n%s", Files.readString(firstLog)).isTrue();
        } finally {
            first.destroyForcibly(); // SIGKILL while every create waits for its answer
        }
        assertThat(first.waitFor(20, TimeUnit.SECONDS)).isTrue();
        long answeredBeforeKill = Files.readAllLines(firstLog).stream().filter(l -> l.startsWith("SUBMITTED ")).count();
        int intentsAtKill = new FileTaskStore(store).intents().all().size();

        Process second = pipeline(store, emitted, 0, secondLog);
        List<String> created = SIM.simulator().createdTaskIds().stream().filter(id -> !before.contains(id)).toList();
        try {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                    .until(() -> !second.isAlive()
                            || Files.exists(emitted) && Files.readAllLines(emitted).size() >= created.size());
            Thread.sleep(1_500); // a second emission of anything would show now
        } finally {
            second.destroyForcibly();
        }
        second.waitFor(20, TimeUnit.SECONDS);

        List<String> lines = Files.readAllLines(emitted);
        List<String> unknown = lines.stream().filter(l -> l.startsWith("UNKNOWN ")).toList();
        Map<String, Long> emissions = lines.stream().filter(l -> !l.startsWith("UNKNOWN ")).map(l -> l.split(" ")[0])
                .collect(Collectors.groupingBy(id -> id, TreeMap::new, Collectors.counting()));
        System.out.printf("Crash on the wire: %d creates sent, %d answered before the SIGKILL, %d intents stored;"
                + " restarted: %d tasks emitted, %d outcomes reported unknown, %d tasks created%n", BURST,
                answeredBeforeKill, intentsAtKill, emissions.size(), unknown.size(), created.size());

        assertThat(Files.readString(firstLog) + Files.readString(secondLog)).as("the pipelines' logs")
                .doesNotContain(SeedanceTestSupport.KEY);
        assertThat(answeredBeforeKill).as("creates answered before the kill").isZero();
        assertThat(intentsAtKill).isEqualTo(BURST);
        assertThat(burstCreates()).hasSize(BURST);
        assertThat(created).hasSize(BURST);
        assertThat(emissions.size() + unknown.size()).as("second JVM output:%n%s", Files.readString(secondLog))
                .isEqualTo(BURST);
        assertThat(created).containsAll(emissions.keySet());
        assertThat(emissions.values()).allSatisfy(n -> assertThat(n).isEqualTo(1L));
        assertThat(new FileTaskStore(store).inFlight().all()).isEmpty();
    }

    /** The burst's creates the simulator received, one per mark. */
    private static List<RecordedRequest> burstCreates() {
        return SIM.simulator().handledRequests("POST", SeedanceTestSupport.TASKS).stream()
                .filter(r -> r.body().contains("burst-")).toList();
    }

    @Test
    void killedWithTasksInFlightAndRestartedEveryTaskIsEmittedOnceAndCreatedOnce() throws Exception {
        Path store = Files.createDirectory(directory.resolve("store"));
        Path emitted = directory.resolve("emitted.txt");
        Path firstLog = directory.resolve("first.log");
        Path secondLog = directory.resolve("second.log");

        long started = System.nanoTime();
        Process first = pipeline(store, emitted, TASKS, firstLog);
        try {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
                    .until(() -> !first.isAlive() || Files.readString(firstLog).contains("ALL-SUBMITTED"));
            assertThat(first.isAlive()).as("first JVM alive; its output:%n%s", Files.readString(firstLog)).isTrue();
        } finally {
            first.destroyForcibly(); // SIGKILL: no shutdown hook, no Camel stop
        }
        assertThat(first.waitFor(20, TimeUnit.SECONDS)).isTrue();
        long killedAfter = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        List<String> submitted = Files.readAllLines(firstLog).stream().filter(l -> l.startsWith("SUBMITTED "))
                .map(l -> l.substring("SUBMITTED ".length()).trim()).toList();
        assertThat(submitted).hasSize(TASKS).doesNotHaveDuplicates();
        int inFlightAtKill = new FileTaskStore(store).inFlight().all().size();
        int emittedBeforeKill = Files.exists(emitted) ? Files.readAllLines(emitted).size() : 0;

        Process second = pipeline(store, emitted, 0, secondLog);
        try {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                    .until(() -> !second.isAlive()
                            || Files.exists(emitted) && Files.readAllLines(emitted).size() >= TASKS);
            Thread.sleep(1_500); // a second emission of anything would show now
        } finally {
            second.destroyForcibly();
        }
        second.waitFor(20, TimeUnit.SECONDS);

        List<String> lines = Files.readAllLines(emitted);
        Map<String, Long> emissions = lines.stream().map(l -> l.split(" ")[0])
                .collect(Collectors.groupingBy(id -> id, TreeMap::new, Collectors.counting()));
        List<RecordedRequest> creates = SIM.simulator().handledRequests("POST", SeedanceTestSupport.TASKS);
        Map<Integer, Long> createsPerTask = creates.stream().map(r -> MARK.matcher(r.body()))
                .filter(Matcher::find).collect(Collectors.groupingBy(m -> Integer.parseInt(m.group(1)),
                        TreeMap::new, Collectors.counting()));
        System.out.printf("Crash: %d tasks submitted, JVM killed (SIGKILL) after %d ms with %d in the store and %d"
                + " emitted; restarted: %d emissions of %d distinct tasks; %d creates at the simulator%n",
                submitted.size(), killedAfter, inFlightAtKill, emittedBeforeKill, lines.size(), emissions.size(),
                creates.size());

        assertThat(Files.readString(firstLog) + Files.readString(secondLog)).as("the pipelines' logs")
                .doesNotContain(SeedanceTestSupport.KEY);
        assertThat(inFlightAtKill).as("tasks in flight when killed").isEqualTo(TASKS);
        assertThat(emissions.keySet()).as("second JVM output:%n%s", Files.readString(secondLog))
                .isEqualTo(Set.copyOf(submitted));
        assertThat(emissions.values()).allSatisfy(n -> assertThat(n).isEqualTo(1L));
        assertThat(lines).allSatisfy(l -> assertThat(l).endsWith(" SUCCEEDED"));
        assertThat(createsPerTask).hasSize(TASKS);
        assertThat(createsPerTask.values()).allSatisfy(n -> assertThat(n).isEqualTo(1L));
        assertThat(SIM.simulator().createdTaskIds()).hasSize(TASKS);
        assertThat(new FileTaskStore(store).inFlight().all()).isEmpty();
    }
}
