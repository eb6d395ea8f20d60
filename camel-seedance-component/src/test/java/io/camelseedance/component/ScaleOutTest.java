package io.camelseedance.component;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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

import io.camelseedance.simulator.RecordedRequest;
import io.camelseedance.simulator.SeedanceSimulatorExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Scale-out: {@value #INSTANCES} instances, each in a JVM of its own ({@link ScaleOutInstance}), share one PostgreSQL
 * and submit {@value #TASKS} tasks between them through {@code generate?waitForCompletion=true}, with
 * {@code seedance:tasks?mode=tracked} emitting each. One instance is killed with SIGKILL while its tasks are in flight:
 * the others take its tasks over when its lease ends. Every task is emitted, and exactly once without the
 * {@code CamelSeedanceRedelivered} flag at most: the only repeats are of tasks whose claim the killed instance held
 * (its route may have handled one before the store recorded it), and they are flagged. None is created twice, the
 * survivors' waits all end well, and the store is empty afterwards. The simulator runs here, so it outlives the kill.
 */
class ScaleOutTest {

    static final int INSTANCES = 3;
    static final int TASKS = 1500;
    static final long LEASE_MILLIS = 2000;
    static final Pattern MARK = Pattern.compile("scale-(\\d+-\\d+)-");

    /** Tasks take 5 s: the killed instance's are still in flight when it dies. */
    @RegisterExtension
    static final SeedanceSimulatorExtension SIM = new SeedanceSimulatorExtension(SeedanceTestSupport.simulator()
            .queuedFor(Duration.ofMillis(2500)).runningFor(Duration.ofMillis(2500)).serverThreads(8));

    @RegisterExtension
    static final PostgresDatabase DB = new PostgresDatabase();

    /** The instances' logs and emissions stay under target/ for a look after a failure. */
    private final Path directory = Path.of("target", "scale-out");

    private Process instance(int n, Path emitted, Path log) throws Exception {
        return ChildJvm.start(ScaleOutInstance.class, log, List.of(SIM.baseUrl("byteplus"), SeedanceTestSupport.KEY,
                DB.jdbcUrl(), DB.user(), DB.password(), Long.toString(LEASE_MILLIS), emitted.toString(),
                Integer.toString(n), Integer.toString(TASKS / INSTANCES)));
    }

    @Test
    void anInstanceKilledMidFlightLosesNothingAndNothingIsDoneTwice() throws Exception {
        if (Files.exists(directory)) {
            try (var old = Files.list(directory)) {
                for (Path file : old.toList()) {
                    Files.delete(file);
                }
            }
        }
        Files.createDirectories(directory);
        List<Process> instances = new ArrayList<>();
        List<Path> emitted = new ArrayList<>();
        List<Path> logs = new ArrayList<>();
        long started = System.nanoTime();
        try {
            for (int n = 0; n < INSTANCES; n++) {
                emitted.add(directory.resolve("emitted-" + n + ".txt"));
                logs.add(directory.resolve("instance-" + n + ".log"));
                instances.add(instance(n, emitted.get(n), logs.get(n)));
            }
            Process victim = instances.get(0);
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(20))
                    .until(() -> !victim.isAlive() || Files.readString(logs.get(0)).contains("ALL-SUBMITTED"));
            assertThat(victim.isAlive()).as("instance 0 alive; its output:%n%s", Files.readString(logs.get(0)))
                    .isTrue();
            victim.destroyForcibly(); // SIGKILL: no shutdown hook, no Camel stop, no lease released
            assertThat(victim.waitFor(20, TimeUnit.SECONDS)).isTrue();
            long killedAfter = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            long rowsAtKill = DB.rows("seedance_task");

            // the end: everything created was emitted, and nothing is left in the store to emit again
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                    .until(() -> instances.get(1).isAlive() && instances.get(2).isAlive()
                            && emissions(emitted).size() >= SIM.simulator().createdTaskIds().size()
                            && DB.rows("seedance_task") + DB.rows("seedance_outcome") == 0);
            await().atMost(Duration.ofSeconds(60)).until(() -> Files.readString(logs.get(1)).contains("ALL-WAITED")
                    && Files.readString(logs.get(2)).contains("ALL-WAITED"));
            long endedAfter = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

            List<String> lines = new ArrayList<>();
            for (Path file : emitted) {
                lines.addAll(Files.exists(file) ? Files.readAllLines(file) : List.of());
            }
            Map<String, Long> perTask = lines.stream().map(l -> l.split(" ")[0])
                    .collect(Collectors.groupingBy(id -> id, TreeMap::new, Collectors.counting()));
            Map<String, Long> unflaggedPerTask = lines.stream().filter(l -> l.endsWith(" false"))
                    .map(l -> l.split(" ")[0])
                    .collect(Collectors.groupingBy(id -> id, TreeMap::new, Collectors.counting()));
            long flagged = lines.stream().filter(l -> l.endsWith(" true")).count();
            long repeated = perTask.values().stream().filter(n -> n > 1).count();
            List<RecordedRequest> creates = SIM.simulator().handledRequests("POST", SeedanceTestSupport.TASKS);
            Map<String, Long> createsPerMark = creates.stream().map(r -> MARK.matcher(r.body()))
                    .filter(Matcher::find).collect(Collectors.groupingBy(m -> m.group(1), TreeMap::new,
                            Collectors.counting()));
            long takenOver = 0;
            for (int n = 1; n < INSTANCES; n++) {
                takenOver += Files.readAllLines(logs.get(n)).stream().filter(l -> l.contains("Taking over")).count();
            }
            System.out.printf("Scale-out: %d instances, %d tasks; instance 0 killed (SIGKILL) after %d ms with %d"
                    + " tasks in the store; %d taken over by the survivors; %d emissions of %d distinct tasks, %d"
                    + " flagged redelivered, %d tasks emitted twice; %d creates at the simulator; done after %d ms%n",
                    INSTANCES, TASKS, killedAfter, rowsAtKill, takenOver, lines.size(), perTask.size(), flagged,
                    repeated, creates.size(), endedAfter);

            assertThat(createsPerMark).as("every task created").hasSize(TASKS);
            assertThat(createsPerMark.values()).as("no create repeated").allSatisfy(n -> assertThat(n).isEqualTo(1L));
            assertThat(SIM.simulator().createdTaskIds()).hasSize(TASKS);
            assertThat(perTask.keySet()).as("every task emitted").isEqualTo(Set.copyOf(
                    SIM.simulator().createdTaskIds()));
            assertThat(lines).as("every emission says whether it may repeat one")
                    .allSatisfy(l -> assertThat(l).matches("\\S+ \\d (true|false)"));
            // so every repeat is flagged: a route that skips flagged emissions of task ids it has seen gets each once
            assertThat(unflaggedPerTask.values()).as("each once without the redelivered flag, at most")
                    .allSatisfy(n -> assertThat(n).isEqualTo(1L));

            assertThat(takenOver).as("tasks of the killed instance taken over").isPositive();
            for (int n = 1; n < INSTANCES; n++) {
                assertThat(Files.readAllLines(logs.get(n))).as("instance %d's waits", n)
                        .contains("ALL-WAITED " + TASKS / INSTANCES + " 0");
            }
            assertThat(DB.rows("seedance_task") + DB.rows("seedance_outcome")).as("rows left in the store").isZero();
        } finally {
            instances.forEach(Process::destroyForcibly);
        }
    }

    private static Set<String> emissions(List<Path> files) throws Exception {
        Set<String> ids = new java.util.HashSet<>();
        for (Path file : files) {
            if (Files.exists(file)) {
                Files.readAllLines(file).forEach(l -> ids.add(l.split(" ")[0]));
            }
        }
        return ids;
    }
}
