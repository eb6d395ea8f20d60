package io.camelseedance.tracking;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.camelseedance.api.TaskStatus;
import io.camelseedance.api.VideoRequest;
import io.camelseedance.api.VideoTask;
import io.camelseedance.client.SeedanceClient;
import io.camelseedance.simulator.Faults;
import io.camelseedance.simulator.RecordedRequest;
import io.camelseedance.simulator.SeedanceSimulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The tracker against the simulator over HTTP: how its batched reads of tasks behave when answers are slow. */
class TaskTrackerTest {

    private static final String KEY = "tracker-test-key";
    private static final String MODEL = "dreamina-seedance-2-0-260128";
    private static final String TASKS = "/api/v3/contents/generations/tasks";
    private static final int TASK_COUNT = 30;

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final ExecutorService workers = Executors.newFixedThreadPool(4);
    private SeedanceSimulator simulator;

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
        workers.shutdownNow();
        if (simulator != null) {
            simulator.close();
        }
    }

    @Test
    void answersSlowerThanTheIntervalKeepABatchWholeAndLookAgainAtOnce() throws Exception {
        // every answer comes 1.5 s after its request: later than the next round of the 1 s delay
        simulator = SeedanceSimulator.builder().port(0).apiKey(KEY)
                .faults(Faults.builder().seed(7).slowResponses(1.0, Duration.ofMillis(1500)).build()).build().start();
        String baseUrl = simulator.baseUrl("byteplus");
        SeedanceClient client = SeedanceClient.builder().baseUrl(baseUrl).apiKey(KEY).completionExecutor(workers)
                .build();
        List<VideoTask> created = createAll(client);
        // a tick far longer than the test: only the rounds' wake-ups poll, so a task a wake-up misses is never read
        TaskTracker tracker = new TaskTracker(new InMemoryTaskStore(), scheduler, Duration.ofHours(1), workers);
        TrackerKey key = TrackerKey.of("byteplus", baseUrl, KEY);
        tracker.register(key, client);
        tracker.start();
        simulator.clearRequests();

        // tracked in one go away from a half second, so that all share their first round
        long intoSecond = System.currentTimeMillis() % 1000;
        Thread.sleep((1700 - intoSecond) % 1000);
        TrackingPolicy policy = new TrackingPolicy(Instant.now().plusSeconds(60), Duration.ofSeconds(1),
                Duration.ofSeconds(1));
        List<CompletableFuture<VideoTask>> outcomes = new ArrayList<>();
        created.forEach(task -> outcomes.add(tracker.track(task, key, policy, false)));

        await().atMost(Duration.ofSeconds(45)).until(() -> outcomes.stream().allMatch(CompletableFuture::isDone));
        assertThat(outcomes).allSatisfy(o -> assertThat(o.join().status()).isEqualTo(TaskStatus.SUCCEEDED));
        List<Set<String>> reads = simulator.requests("GET", TASKS).stream().map(TaskTrackerTest::ids).toList();
        Set<String> all = new HashSet<>(created.stream().map(VideoTask::id).toList());
        // one read of all of them, then each read asks for the tasks of the read before that had not ended: a late
        // answer's look again at once goes out as one batch, not in pieces
        assertThat(reads).isNotEmpty();
        assertThat(reads.get(0)).isEqualTo(all);
        for (int i = 1; i < reads.size(); i++) {
            assertThat(reads.get(i)).isNotEmpty().isSubsetOf(reads.get(i - 1));
        }
        tracker.stop();
    }

    @Test
    void afterLearningHowLongRendersTakeATaskOfTheSameProfileIsNotReadDuringItsEarlyRender() throws Exception {
        simulator = SeedanceSimulator.builder().port(0).apiKey(KEY).build().start();
        String baseUrl = simulator.baseUrl("byteplus");
        SeedanceClient client = SeedanceClient.builder().baseUrl(baseUrl).apiKey(KEY).completionExecutor(workers)
                .build();
        TaskTracker tracker = new TaskTracker(new InMemoryTaskStore(), scheduler, Duration.ofMillis(100), workers);
        TrackerKey key = TrackerKey.of("byteplus", baseUrl, KEY);
        tracker.register(key, client);
        tracker.start();
        Duration delay = Duration.ofMillis(200);
        TrackingPolicy policy = new TrackingPolicy(Instant.now().plusSeconds(60), delay, delay);
        VideoRequest.Builder request = VideoRequest.builder().model(MODEL).resolution("480p").duration(5);
        RenderProfile profile = RenderProfile.of("byteplus", request.prompt("x").build());

        // the learning tasks: enough that succeed in 3 s, and some that fail sooner, which teach nothing
        List<CompletableFuture<VideoTask>> learning = new ArrayList<>();
        Set<String> learningIds = new HashSet<>();
        Instant learningTracked = Instant.now();
        for (int i = 0; i < LearnedRenderTimes.MIN_SAMPLES + 5; i++) {
            String prompt = i < LearnedRenderTimes.MIN_SAMPLES
                    ? "learning " + i + " [sim:render=3000]"
                    : "failing " + i + " [sim:render=500] [sim:fail=OutputVideoSensitiveContentDetected]";
            VideoTask task = client.create(request.prompt(prompt).build()).join();
            learningIds.add(task.id());
            learning.add(tracker.track(task, key, policy, false, profile));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> learning.stream().allMatch(CompletableFuture::isDone));
        LearnedRenderTimes.ProfileFigures figures = tracker.learnedRenderTimes().get(0);
        assertThat(figures.profile()).isEqualTo(profile);
        assertThat(figures.samples()).isEqualTo(LearnedRenderTimes.MIN_SAMPLES);
        Duration early = figures.learned().early();
        // at least the 3 s render less the create's answer: the failed tasks' 0.5 s are not counted
        assertThat(early).isGreaterThan(Duration.ofSeconds(2));

        VideoTask task = client.create(request.prompt("the same kind [sim:render=3000]").build()).join();
        Instant tracked = Instant.now();
        VideoTask ended = tracker.track(task, key, policy, false, profile).get(30, TimeUnit.SECONDS);

        assertThat(ended.status()).isEqualTo(TaskStatus.SUCCEEDED);
        List<RecordedRequest> reads = simulator.requests("GET", TASKS).stream()
                .filter(r -> ids(r).contains(task.id()) || r.path().endsWith("/" + task.id())).toList();
        // read, and found ended, but not once before its early render time less one delay
        assertThat(reads).isNotEmpty();
        Instant quietUntil = tracked.plus(early).minus(delay);
        assertThat(reads).noneMatch(r -> r.receivedAt().isBefore(quietUntil));
        // while the learning tasks, with nothing known yet, were read during the same early part of their render
        assertThat(simulator.requests("GET", TASKS)).anyMatch(r -> r.receivedAt().isBefore(
                learningTracked.plus(early).minus(delay)) && ids(r).stream().anyMatch(learningIds::contains));
        tracker.stop();
    }

    private static List<VideoTask> createAll(SeedanceClient client) {
        List<CompletableFuture<VideoTask>> creates = new ArrayList<>();
        for (int i = 0; i < TASK_COUNT; i++) {
            creates.add(client.create(
                    VideoRequest.builder().model(MODEL).prompt("a slow answer " + i + " [sim:render=8000]").build()));
        }
        return creates.stream().map(CompletableFuture::join).toList();
    }

    private static Set<String> ids(RecordedRequest read) {
        return new HashSet<>(read.queryParams().getOrDefault("filter.task_ids", List.of()));
    }
}
