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

import io.camelseedance.api.SeedanceOutcomeUnknownException;
import io.camelseedance.api.VideoRequest;
import io.camelseedance.api.VideoTask;
import io.camelseedance.simulator.Faults;
import io.camelseedance.simulator.SeedanceSimulator;
import io.camelseedance.simulator.SeedanceSimulatorExtension;

import static io.camelseedance.client.AsyncAssertions.failure;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Creates whose answer is lost after the provider made the task (the simulator's faults after create, over real
 * HTTP): the client finds the task in Ark's list and adopts it, never creates it twice, and never adopts one
 * submission's task for another.
 */
class LostCreateReconciliationTest {

    private static final String MODEL = "dreamina-seedance-2-0-260128";
    private static final String TASKS = "/api/v3/contents/generations/tasks";
    private static final String KEY = "test-key";

    /** Each test its own simulator: the counts of created tasks and lost answers are per test. */
    @RegisterExtension
    final SeedanceSimulatorExtension sim = new SeedanceSimulatorExtension(SeedanceSimulator.builder()
            .apiKey(KEY).queuedFor(Duration.ofMillis(50)).runningFor(Duration.ofMillis(100)).retryAfterSeconds(0)
            .faults(Faults.builder().seed(15L).serverErrorsAfterCreate(0.15).connectionResetsAfterCreate(0.15)
                    .build()));

    private SeedanceClient client(ReconcilePolicy policy, Duration timeout) {
        return SeedanceClient.builder().provider("byteplus").baseUrl(sim.baseUrl("byteplus")).apiKey(KEY)
                .requestTimeout(timeout).retry(new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(50)))
                .reconcile(policy).build();
    }

    private SeedanceClient client() {
        return client(new ReconcilePolicy(true, Duration.ofMillis(200), false), Duration.ofSeconds(5));
    }

    private static VideoRequest request(String prompt) {
        return VideoRequest.builder().model(MODEL).prompt(prompt).duration(5).resolution("720p").build();
    }

    @Test
    void adoptsLostCreatesAndNeverCreatesATaskTwice() throws Exception {
        SeedanceClient client = client();
        int submissions = 100;
        List<String> answers = new ArrayList<>();
        int unknown = 0;
        for (int i = 0; i < submissions; i++) {
            try {
                answers.add(client.create(request("submission " + i)).get(15, TimeUnit.SECONDS).id());
            } catch (ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(SeedanceOutcomeUnknownException.class);
                answers.add(null);
                unknown++;
            }
        }

        SeedanceSimulator s = sim.simulator();
        int lost = s.lostAfterCreate(TASKS).size();
        List<String> created = s.createdTaskIds();
        System.out.printf("Lost creates: %d of %d, adopted %d, outcome unknown %d, tasks created %d%n", lost,
                submissions, lost - unknown, unknown, created.size());
        assertThat(lost).as("answers lost after create").isGreaterThanOrEqualTo(15);
        assertThat(created).as("one task per submission").hasSize(submissions);
        assertThat(s.handledRequests("POST", TASKS)).hasSize(submissions);
        assertThat(lost - unknown).as("lost creates adopted").isGreaterThanOrEqualTo((int) Math.ceil(lost * 0.9));
        // one at a time, so the i-th task created is the i-th submission's: an adoption is never crosswise
        for (int i = 0; i < submissions; i++) {
            if (answers.get(i) != null) {
                assertThat(answers.get(i)).as("task of submission %d", i).isEqualTo(created.get(i));
            }
        }
    }

    @Test
    void adoptsLostCreatesAmongConcurrentSubmissionsWithoutDuplicates() throws Exception {
        SeedanceClient client = client();
        int submissions = 100;
        List<CompletableFuture<VideoTask>> futures = new ArrayList<>();
        for (int i = 0; i < submissions; i++) {
            futures.add(client.create(request("concurrent " + i)));
        }
        Set<String> adoptedOrAnswered = new HashSet<>();
        int unknown = 0;
        for (CompletableFuture<VideoTask> f : futures) {
            try {
                assertThat(adoptedOrAnswered.add(f.get(30, TimeUnit.SECONDS).id())).as("a task given twice")
                        .isTrue();
            } catch (ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(SeedanceOutcomeUnknownException.class);
                unknown++;
            }
        }

        SeedanceSimulator s = sim.simulator();
        int lost = s.lostAfterCreate(TASKS).size();
        System.out.printf("Concurrent: lost %d of %d, adopted %d, outcome unknown %d, tasks created %d%n", lost,
                submissions, lost - unknown, unknown, s.createdTaskIds().size());
        assertThat(s.createdTaskIds()).hasSize(submissions);
        assertThat(s.createdTaskIds()).containsAll(adoptedOrAnswered);
        assertThat(lost).isGreaterThanOrEqualTo(15);
        assertThat(lost - unknown).as("lost creates adopted").isGreaterThanOrEqualTo((int) Math.ceil(lost * 0.9));
    }

    @Test
    void twoIdenticalRequestsLostInTheSameSecondAreEachAdoptedAsTheirOwn() throws Exception {
        SeedanceClient client = client();
        // both tasks exist before either answer is lost; the client's marks tell them apart
        VideoRequest twin = request("twins [sim:delay=300] [sim:afterCreate=502]");

        CompletableFuture<VideoTask> first = client.create(twin);
        CompletableFuture<VideoTask> second = client.create(twin);
        String firstId = first.get(15, TimeUnit.SECONDS).id();
        String secondId = second.get(15, TimeUnit.SECONDS).id();

        SeedanceSimulator s = sim.simulator();
        assertThat(s.createdTaskIds()).containsExactlyInAnyOrder(firstId, secondId);
        // each submission got the task its own POST made: the one echoing the expiry that POST carried
        assertThat(s.task(firstId).orElseThrow().get("execution_expires_after").asInt())
                .isEqualTo(expirySent(s, firstId));
        assertThat(s.task(secondId).orElseThrow().get("execution_expires_after").asInt())
                .isEqualTo(expirySent(s, secondId)).isNotEqualTo(expirySent(s, firstId));
    }

    private static int expirySent(SeedanceSimulator s, String taskId) {
        int index = s.createdTaskIds().indexOf(taskId);
        String body = s.handledRequests("POST", TASKS).get(index).body();
        return Integer.parseInt(body.replaceAll(".*\"execution_expires_after\":(\\d+).*", "$1"));
    }

    @Test
    void identicalRequestsThatSetTheirOwnExpiryAreAmbiguousAndNeverAdopted() {
        SeedanceClient client = client();
        VideoRequest twin = request("twins [sim:delay=300] [sim:afterCreate=502]").toBuilder()
                .executionExpiresAfter(7200).build();

        CompletableFuture<VideoTask> first = client.create(twin);
        CompletableFuture<VideoTask> second = client.create(twin);
        Throwable firstError = failure(first);
        Throwable secondError = failure(second);

        List<String> created = sim.simulator().createdTaskIds();
        assertThat(created).hasSize(2);
        for (Throwable e : List.of(firstError, secondError)) {
            assertThat(e).isInstanceOf(SeedanceOutcomeUnknownException.class)
                    .hasMessageContaining("2 unclaimed tasks");
            assertThat(((SeedanceOutcomeUnknownException) e).candidateTaskIds())
                    .containsExactlyInAnyOrderElementsOf(created);
        }
    }

    @Test
    void aCreateThatTimedOutIsAdopted() throws Exception {
        SeedanceClient impatient = client(ReconcilePolicy.defaults(), Duration.ofMillis(300));

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
        SeedanceClient client = client(new ReconcilePolicy(true, Duration.ofMillis(200), true), Duration.ofSeconds(5));

        VideoTask task = client.create(request("refused, then re-sent")).get(15, TimeUnit.SECONDS);

        assertThat(sim.simulator().createdTaskIds()).containsExactly(task.id());
        assertThat(sim.simulator().requests("POST", TASKS)).hasSize(2);
    }

    @Test
    void withReconciliationOffALostCreateIsReportedWithoutASearch() {
        SeedanceClient client = client(ReconcilePolicy.off(), Duration.ofSeconds(5));

        Throwable e = failure(client.create(request("lost [sim:afterCreate=reset]")));

        assertThat(e).isInstanceOf(SeedanceOutcomeUnknownException.class);
        assertThat(sim.simulator().requests("GET", TASKS)).isEmpty();
        assertThat(sim.simulator().createdTaskIds()).hasSize(1);
    }
}
