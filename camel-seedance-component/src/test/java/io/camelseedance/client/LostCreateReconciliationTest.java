package io.camelseedance.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelseedance.TestSecrets;
import io.camelseedance.api.SeedanceOutcomeUnknownException;
import io.camelseedance.api.VideoRequest;
import io.camelseedance.api.VideoTask;
import io.camelseedance.simulator.Faults;
import io.camelseedance.simulator.SeedanceSimulator;
import io.camelseedance.simulator.SeedanceSimulatorExtension;

import static io.camelseedance.client.AsyncAssertions.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Creates whose answer is lost (the simulator's faults, over real HTTP): the client finds the task in Ark's list and
 * adopts it, never creates it twice, and never adopts one submission's task for another; two identical requests lost
 * together are reported with their candidate tasks, never adopted crosswise.
 */
class LostCreateReconciliationTest {

    private static final String MODEL = "dreamina-seedance-2-0-260128";
    private static final String TASKS = "/api/v3/contents/generations/tasks";
    private static final String KEY = TestSecrets.API_KEY;
    private static final Duration SETTLE = Duration.ofMillis(200);

    /** Each test its own simulator: the counts of created tasks and lost answers are per test. */
    @RegisterExtension
    final SeedanceSimulatorExtension sim = new SeedanceSimulatorExtension(SeedanceSimulator.builder()
            .apiKey(KEY).queuedFor(Duration.ofMillis(50)).runningFor(Duration.ofMillis(100)).retryAfterSeconds(0)
            .faults(Faults.builder().seed(15L).serverErrorsAfterCreate(0.15).connectionResetsAfterCreate(0.15)
                    .build()));

    /** For the faults that may create nothing: 5xx and resets before the task is made, and after. */
    @RegisterExtension
    final SeedanceSimulatorExtension lossy = new SeedanceSimulatorExtension(SeedanceSimulator.builder()
            .apiKey(KEY).queuedFor(Duration.ofMillis(50)).runningFor(Duration.ofMillis(100)).retryAfterSeconds(0)
            .faults(Faults.builder().seed(26L).serverErrors(0.1).connectionResets(0.1)
                    .serverErrorsAfterCreate(0.1).connectionResetsAfterCreate(0.1).build()));

    /** No faults: only the creates whose prompt asks for it are answered late or lost. */
    @RegisterExtension
    final SeedanceSimulatorExtension quiet = new SeedanceSimulatorExtension(SeedanceSimulator.builder()
            .apiKey(KEY).queuedFor(Duration.ofMillis(50)).runningFor(Duration.ofMillis(100)));

    private SeedanceClient client(SeedanceSimulatorExtension on, ReconcilePolicy policy, Duration timeout) {
        return SeedanceClient.builder().provider("byteplus").baseUrl(on.baseUrl("byteplus")).apiKey(KEY)
                .requestTimeout(timeout).retry(new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(50)))
                .reconcile(policy).build();
    }

    private SeedanceClient client(ReconcilePolicy policy) {
        return client(sim, policy, Duration.ofSeconds(5));
    }

    private SeedanceClient client() {
        return client(new ReconcilePolicy(true, SETTLE, false, false));
    }

    private static VideoRequest request(String prompt) {
        return VideoRequest.builder().model(MODEL).prompt(prompt).duration(5).resolution("720p").build();
    }

    @Test
    void adoptsLostCreatesOneAtATimeAndNeverCreatesATaskTwice() throws Exception {
        Submissions run = submitOneAtATime(sim.simulator(), client(), 100);

        int lost = sim.simulator().lostAfterCreate(TASKS).size();
        System.out.printf("Lost creates: %d of 100, adopted %d, outcome unknown %d, tasks created %d%n", lost,
                lost - run.unknown, run.unknown, sim.simulator().createdTaskIds().size());
        assertThat(lost).as("answers lost after create").isGreaterThanOrEqualTo(15);
        assertThat(sim.simulator().createdTaskIds()).as("one task per submission").hasSize(100);
        assertThat(sim.simulator().handledRequests("POST", TASKS)).hasSize(100);
        assertThat(lost - run.unknown).as("lost creates adopted").isGreaterThanOrEqualTo((int) Math.ceil(lost * 0.9));
        // by default the requests go out as the user wrote them
        assertThat(sim.simulator().handledRequests("POST", TASKS))
                .noneSatisfy(r -> assertThat(r.body()).contains("execution_expires_after"));
    }

    @Test
    void underFaultsThatMayCreateNothingTheOptInResendRecoversSubmissionsWithoutDuplicates() throws Exception {
        SeedanceClient client = client(lossy, new ReconcilePolicy(true, SETTLE, true, false), Duration.ofSeconds(5));

        Submissions run = submitOneAtATime(lossy.simulator(), client, 100);

        SeedanceSimulator s = lossy.simulator();
        int refused = s.requests("POST", TASKS).size() - s.handledRequests("POST", TASKS).size();
        System.out.printf("Faults that may create nothing: %d creates answered by a fault before any task, %d lost"
                + " after create; %d of 100 submissions got their task, %d outcome unknown, tasks created %d%n",
                refused, s.lostAfterCreate(TASKS).size(), 100 - run.unknown, run.unknown, s.createdTaskIds().size());
        assertThat(refused).as("creates that made nothing").isGreaterThanOrEqualTo(10);
        // what is left unknown is a create and its one re-send both answered by a fault before any task was made
        assertThat(100 - run.unknown).as("submissions that got their task").isGreaterThanOrEqualTo(90);
        assertThat(s.createdTaskIds()).as("no task for an unknown one, never two for one").hasSize(100 - run.unknown);
    }

    /** What a run of submissions sent one after another came to; each is checked against the tasks it made. */
    private record Submissions(int unknown) {
    }

    private static Submissions submitOneAtATime(SeedanceSimulator s, SeedanceClient client, int submissions)
            throws Exception {
        int unknown = 0;
        for (int i = 0; i < submissions; i++) {
            int before = s.createdTaskIds().size();
            try {
                String id = client.create(request("submission " + i)).get(15, TimeUnit.SECONDS).id();
                // one at a time, so the task this submission made is the one created during it: never another's
                assertThat(s.createdTaskIds().subList(before, s.createdTaskIds().size())).as("tasks of submission %d",
                        i).containsExactly(id);
            } catch (ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(SeedanceOutcomeUnknownException.class);
                assertThat(s.createdTaskIds().size() - before).as("tasks of submission %d", i).isLessThanOrEqualTo(1);
                unknown++;
            }
        }
        return new Submissions(unknown);
    }

    @Test
    void concurrentLostCreatesAreNeverAdoptedTwiceNorCreatedTwiceAndTheRestCarryTheirCandidates() throws Exception {
        SeedanceClient client = client();
        List<CompletableFuture<VideoTask>> futures = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            futures.add(client.create(request("concurrent " + i)));
        }
        Set<String> given = new HashSet<>();
        Set<String> candidates = new HashSet<>();
        int unknown = 0;
        for (CompletableFuture<VideoTask> f : futures) {
            try {
                assertThat(given.add(f.get(30, TimeUnit.SECONDS).id())).as("a task given twice").isTrue();
            } catch (ExecutionException e) {
                assertThat(e.getCause()).isInstanceOfSatisfying(SeedanceOutcomeUnknownException.class,
                        u -> assertThat(u.candidateTaskIds()).as("candidates of a lost create").isNotEmpty());
                candidates.addAll(((SeedanceOutcomeUnknownException) e.getCause()).candidateTaskIds());
                unknown++;
            }
        }

        SeedanceSimulator s = sim.simulator();
        int lost = s.lostAfterCreate(TASKS).size();
        System.out.printf("Concurrent, requests as written: lost %d of 100, adopted %d, outcome unknown %d%n", lost,
                lost - unknown, unknown);
        assertThat(s.createdTaskIds()).hasSize(100);
        assertThat(s.createdTaskIds()).containsAll(given).containsAll(candidates);
        // a task offered as a candidate was adopted by no one: its owner may be any of the unknown ones
        assertThat(candidates).doesNotContainAnyElementsOf(given);
        assertThat(candidates).as("every task whose create is unknown is among the candidates")
                .hasSize(100 - given.size());
    }

    @Test
    void withMarkedCreatesConcurrentLostCreatesAreAdopted() throws Exception {
        SeedanceClient client = client(new ReconcilePolicy(true, SETTLE, false, true));
        List<CompletableFuture<VideoTask>> futures = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            futures.add(client.create(request("concurrent " + i)));
        }
        Set<String> given = new HashSet<>();
        int unknown = 0;
        for (CompletableFuture<VideoTask> f : futures) {
            try {
                assertThat(given.add(f.get(30, TimeUnit.SECONDS).id())).as("a task given twice").isTrue();
            } catch (ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(SeedanceOutcomeUnknownException.class);
                unknown++;
            }
        }

        SeedanceSimulator s = sim.simulator();
        int lost = s.lostAfterCreate(TASKS).size();
        System.out.printf("Concurrent, marked: lost %d of 100, adopted %d, outcome unknown %d%n", lost,
                lost - unknown, unknown);
        assertThat(s.createdTaskIds()).hasSize(100).containsAll(given);
        assertThat(lost).isGreaterThanOrEqualTo(15);
        assertThat(lost - unknown).as("lost creates adopted").isGreaterThanOrEqualTo((int) Math.ceil(lost * 0.9));
    }

    @Test
    void twoIdenticalRequestsLostInTheSameSecondAreAmbiguousAndNeitherIsAdopted() {
        SeedanceClient client = client();
        VideoRequest twin = request("twins [sim:delay=300] [sim:afterCreate=502]");

        CompletableFuture<VideoTask> first = client.create(twin);
        CompletableFuture<VideoTask> second = client.create(twin);
        Throwable firstError = failure(first);
        Throwable secondError = failure(second);

        List<String> created = sim.simulator().createdTaskIds();
        assertThat(created).hasSize(2);
        for (Throwable e : List.of(firstError, secondError)) {
            assertThat(e).isInstanceOfSatisfying(SeedanceOutcomeUnknownException.class, u -> {
                assertThat(u).hasMessageContaining("2 unclaimed tasks");
                assertThat(u.candidateTaskIds()).containsExactlyInAnyOrderElementsOf(created);
            });
        }
    }

    @Test
    void twinsOfWhichOnlyOneMadeATaskNeitherTakeItNorAreResent() {
        // the first create to arrive is refused before any task, the other makes its task and loses its answer:
        // both find the one task, and either could be its owner
        sim.simulator().failNext("POST", TASKS, 503, 1);
        SeedanceClient client = client(new ReconcilePolicy(true, SETTLE, true, false));
        VideoRequest twin = request("twins [sim:delay=300] [sim:afterCreate=502]");

        CompletableFuture<VideoTask> first = client.create(twin);
        CompletableFuture<VideoTask> second = client.create(twin);
        Throwable firstError = failure(first);
        Throwable secondError = failure(second);

        List<String> created = sim.simulator().createdTaskIds();
        assertThat(created).hasSize(1);
        for (Throwable e : List.of(firstError, secondError)) {
            assertThat(e).isInstanceOfSatisfying(SeedanceOutcomeUnknownException.class,
                    u -> assertThat(u.candidateTaskIds()).containsExactlyElementsOf(created));
        }
        assertThat(sim.simulator().requests("POST", TASKS)).as("not re-sent: a task that may be theirs exists")
                .hasSize(2);
    }

    @Test
    void withMarkedCreatesTwoIdenticalRequestsAreEachAdoptedAsTheirOwn() throws Exception {
        SeedanceClient client = client(new ReconcilePolicy(true, SETTLE, false, true));
        VideoRequest twin = request("twins [sim:delay=300] [sim:afterCreate=502]");

        CompletableFuture<VideoTask> first = client.create(twin);
        CompletableFuture<VideoTask> second = client.create(twin);
        String firstId = first.get(15, TimeUnit.SECONDS).id();
        String secondId = second.get(15, TimeUnit.SECONDS).id();

        SeedanceSimulator s = sim.simulator();
        assertThat(s.createdTaskIds()).containsExactlyInAnyOrder(firstId, secondId);
        // each submission got the task its own POST made: the one echoing the expiry that submission was marked
        // with (the marks are handed out in call order: the provider's default, then one second less)
        assertThat(s.task(firstId).orElseThrow().get("execution_expires_after").asInt())
                .isEqualTo(CreateMarks.PROVIDER_DEFAULT_EXPIRY);
        assertThat(s.task(secondId).orElseThrow().get("execution_expires_after").asInt())
                .isEqualTo(CreateMarks.PROVIDER_DEFAULT_EXPIRY - 1);
    }

    @Test
    void anAdoptionIsLoggedWithItsEvidenceAndNoSecret() throws Exception {
        VideoTask task;
        try (CapturedLog log = CapturedLog.of(LostCreateSearch.class)) {
            task = client().create(request("lost [sim:afterCreate=reset]")).get(15, TimeUnit.SECONDS);

            assertThat(log.lines()).singleElement().satisfies(line -> assertThat(line)
                    .contains("adopted task " + task.id(), "echoing model=" + MODEL)
                    .doesNotContain(KEY));
        }
        assertThat(sim.simulator().createdTaskIds()).containsExactly(task.id());
    }

    @Test
    void aCreateThatTimedOutIsAdopted() throws Exception {
        SeedanceClient impatient = client(sim, ReconcilePolicy.defaults(), Duration.ofMillis(300));

        VideoTask task = impatient.create(request("slow answer [sim:delay=2000]")).get(15, TimeUnit.SECONDS);

        assertThat(sim.simulator().createdTaskIds()).containsExactly(task.id());
        assertThat(sim.simulator().handledRequests("POST", TASKS)).hasSize(1);
    }

    @Test
    void aCreateThatMadeNoTaskIsReportedWithNoCandidatesAndNotResent() {
        sim.simulator().failNext("POST", TASKS, 503, 1);

        Throwable e = failure(client().create(request("refused before any work")));

        assertThat(e).isInstanceOf(SeedanceOutcomeUnknownException.class).hasMessageContaining("no unclaimed task");
        assertThat(((SeedanceOutcomeUnknownException) e).candidateTaskIds()).isEmpty();
        assertThat(sim.simulator().requests("POST", TASKS)).hasSize(1);
        assertThat(sim.simulator().requests("GET", TASKS)).as("searched, then searched again after settling")
                .hasSize(2);
    }

    @Test
    void aCreateProvenAbsentIsResentOnceWhenAllowed() throws Exception {
        sim.simulator().failNext("POST", TASKS, 503, 1);
        SeedanceClient client = client(new ReconcilePolicy(true, SETTLE, true, false));

        VideoTask task = client.create(request("refused, then re-sent")).get(15, TimeUnit.SECONDS);

        assertThat(sim.simulator().createdTaskIds()).containsExactly(task.id());
        assertThat(sim.simulator().requests("POST", TASKS)).hasSize(2);
    }

    @Test
    void aResendThatIsLostAsWellIsNotResentAgain() {
        sim.simulator().failNext("POST", TASKS, 503, 2);
        SeedanceClient client = client(new ReconcilePolicy(true, SETTLE, true, false));

        Throwable e = failure(client.create(request("refused twice")));

        assertThat(e).isInstanceOf(SeedanceOutcomeUnknownException.class);
        assertThat(sim.simulator().requests("POST", TASKS)).as("sent, then re-sent once").hasSize(2);
        assertThat(sim.simulator().createdTaskIds()).isEmpty();
    }

    @Test
    void withReconciliationOffALostCreateIsReportedWithoutASearch() {
        SeedanceClient client = client(ReconcilePolicy.off());

        Throwable e = failure(client.create(request("lost [sim:afterCreate=reset]")));

        assertThat(e).isInstanceOf(SeedanceOutcomeUnknownException.class);
        assertThat(sim.simulator().requests("GET", TASKS)).isEmpty();
        assertThat(sim.simulator().createdTaskIds()).hasSize(1);
    }

    /**
     * The leak of the 100,000 waiting exchanges measurement: each lost create's search waits for the creates in
     * flight, and waiting through {@code allOf} cost two nodes per create in flight per wait. Here 30 lost creates
     * wait for 200 creates whose answers come 10 s late: one waiter each, nothing per create in flight, and nothing
     * left once all are answered.
     */
    @Test
    void lostCreatesWaitingForCreatesInFlightHoldOneWaiterEachAndLeaveNothingBehind() throws Exception {
        SeedanceClient client = client(quiet, new ReconcilePolicy(true, SETTLE, false, false),
                Duration.ofSeconds(30));
        CreatesInFlight inFlight = client.createsInFlight();
        List<CompletableFuture<VideoTask>> late = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            late.add(client.create(request("late " + i + " [sim:delay=10000]")));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> quiet.simulator().createdTaskIds().size() == 200);
        List<CompletableFuture<VideoTask>> lost = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            lost.add(client.create(request("lost " + i + (i % 2 == 0
                    ? " [sim:afterCreate=503]"
                    : " [sim:afterCreate=reset]"))));
        }

        await().atMost(Duration.ofSeconds(8)).until(() -> inFlight.waiting() == 30);
        assertThat(late).as("still waiting for their answers").noneMatch(CompletableFuture::isDone);
        assertThat(inFlight.open()).as("creates without an answer").isEqualTo(200);

        for (CompletableFuture<VideoTask> f : late) {
            assertThat(f.get(30, TimeUnit.SECONDS).id()).isNotBlank();
        }
        for (CompletableFuture<VideoTask> f : lost) {
            // 30 lost creates of one model that Ark echoes nothing of: each has 29 rivals, none is adopted
            assertThat(failure(f)).isInstanceOf(SeedanceOutcomeUnknownException.class);
        }
        assertThat(inFlight.open()).isZero();
        assertThat(inFlight.waiting()).isZero();
        assertThat(quiet.simulator().createdTaskIds()).as("never created twice").hasSize(230);
    }
}
