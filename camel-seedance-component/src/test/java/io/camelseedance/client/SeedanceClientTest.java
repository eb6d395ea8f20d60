package io.camelseedance.client;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.camelseedance.TestSecrets;
import io.camelseedance.api.SeedanceApiException;
import io.camelseedance.api.SeedanceException;
import io.camelseedance.api.SeedanceOutcomeUnknownException;
import io.camelseedance.api.TaskPage;
import io.camelseedance.api.TaskQuery;
import io.camelseedance.api.TaskStatus;
import io.camelseedance.api.VideoRequest;
import io.camelseedance.api.VideoTask;
import io.camelseedance.simulator.SeedanceSimulator;
import io.camelseedance.simulator.SeedanceSimulatorExtension;

import static io.camelseedance.client.AsyncAssertions.failure;
import static io.camelseedance.client.AsyncAssertions.freePort;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class SeedanceClientTest {

    private static final String MODEL = "dreamina-seedance-2-0-260128";
    private static final String TASKS = "/api/v3/contents/generations/tasks";

    @RegisterExtension
    static final SeedanceSimulatorExtension SIM = new SeedanceSimulatorExtension(SeedanceSimulator.builder()
            .apiKey(TestSecrets.API_KEY).queuedFor(Duration.ofMillis(100)).runningFor(Duration.ofMillis(200))
            .retryAfterSeconds(0));

    private SeedanceClient client;

    @BeforeEach
    void setUp() {
        SIM.simulator().clearRequests();
        client = client(SIM.baseUrl("byteplus"), TestSecrets.API_KEY, Duration.ofSeconds(5));
    }

    private static SeedanceClient client(String baseUrl, String key, Duration timeout) {
        return SeedanceClient.builder().provider("byteplus").baseUrl(baseUrl).apiKey(key).requestTimeout(timeout)
                .retry(new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(50)))
                .reconcile(ReconcilePolicy.off()).build(); // LostCreateReconciliationTest covers it on
    }

    private static VideoRequest prompt(String text) {
        return VideoRequest.builder().model(MODEL).prompt(text).duration(5).build();
    }

    @Test
    void createsATaskAndFollowsItToSuccess() throws Exception {
        VideoTask created = client.create(prompt("a fox in the snow")).get(5, TimeUnit.SECONDS);

        assertThat(created.id()).startsWith("cgt-");
        assertThat(created.status()).isEqualTo(TaskStatus.QUEUED);
        assertThat(created.model()).isEqualTo(MODEL);
        assertThat(created.provider()).isEqualTo("byteplus");
        var post = SIM.simulator().requests("POST", TASKS).get(0);
        assertThat(post.header("authorization")).isEqualTo("Bearer " + TestSecrets.API_KEY);
        assertThat(post.header("x-client-request-id")).isNotBlank();

        await().atMost(Duration.ofSeconds(10)).until(() -> client.get(created.id()).get().isTerminal());
        VideoTask done = client.get(created.id()).get();
        assertThat(done.status()).isEqualTo(TaskStatus.SUCCEEDED);
        assertThat(done.videoUrl()).startsWith(SIM.simulator().baseUri());
        assertThat(done.output().duration()).isEqualTo(5);
    }

    @Test
    void listsTasksByIdsAndStatus() throws Exception {
        VideoTask a = client.create(prompt("first")).get();
        VideoTask b = client.create(prompt("second")).get();
        client.create(prompt("third")).get();

        TaskPage page = client.list(TaskQuery.ofIds(List.of(a.id(), b.id()))).get();

        assertThat(page.items()).extracting(VideoTask::id).containsExactlyInAnyOrder(a.id(), b.id());
        assertThat(SIM.simulator().requests("GET", TASKS).get(0).queryParams().get("filter.task_ids"))
                .containsExactlyInAnyOrder(a.id(), b.id());
    }

    @Test
    void getsManyTasksInOneBatchCall() throws Exception {
        VideoTask a = client.create(prompt("batch a")).get();
        VideoTask b = client.create(prompt("batch b")).get();
        SIM.simulator().clearRequests();

        List<VideoTask> tasks = client.getMany(List.of(a.id(), b.id())).get(5, TimeUnit.SECONDS);

        assertThat(tasks).extracting(VideoTask::id).containsExactlyInAnyOrder(a.id(), b.id());
        assertThat(SIM.simulator().requests()).hasSize(1);
    }

    @Test
    void cancelsAQueuedTask() throws Exception {
        VideoTask task = client.create(prompt("wait in line [sim:queue=60000]")).get();

        client.cancel(task.id()).get();

        assertThat(client.get(task.id()).get().status()).isEqualTo(TaskStatus.CANCELLED);
    }

    @Test
    void refusingToCancelARunningTaskIsAnApiError() throws Exception {
        VideoTask task = client.create(prompt("long render [sim:queue=0] [sim:render=60000]")).get();
        await().until(() -> client.get(task.id()).get().status() == TaskStatus.RUNNING);

        assertThat(failure(client.cancel(task.id()))).isInstanceOf(SeedanceApiException.class)
                .satisfies(e -> assertThat(((SeedanceApiException) e).httpStatus()).isEqualTo(400));
    }

    @Test
    void mapsA400WithCodeParamAndRequestId() {
        Throwable e = failure(client.create(VideoRequest.builder().model(MODEL).prompt("x").duration(99).build()));

        assertThat(e).isInstanceOf(SeedanceApiException.class);
        SeedanceApiException api = (SeedanceApiException) e;
        assertThat(api.httpStatus()).isEqualTo(400);
        assertThat(api.code()).isEqualTo("InvalidParameter");
        assertThat(api.param()).isEqualTo("duration");
        assertThat(api.requestId()).isNotBlank();
        assertThat(SIM.simulator().requests("POST", TASKS)).hasSize(1);
    }

    @Test
    void mapsA401AndNeverPrintsTheKey() {
        SeedanceClient wrongKey = client(SIM.baseUrl("byteplus"), "wrong-secret-key-123", Duration.ofSeconds(5));

        Throwable e = failure(wrongKey.get("cgt-any"));

        assertThat(e).isInstanceOf(SeedanceApiException.class);
        assertThat(((SeedanceApiException) e).httpStatus()).isEqualTo(401);
        assertThat(((SeedanceApiException) e).code()).isEqualTo("AuthenticationError");
        assertThat(e.getMessage()).doesNotContain("wrong-secret-key-123");
    }

    @Test
    void mapsA404ForAnUnknownTask() {
        Throwable e = failure(client.get("cgt-20200101000000-nope0"));

        assertThat(e).isInstanceOf(SeedanceApiException.class);
        assertThat(((SeedanceApiException) e).httpStatus()).isEqualTo(404);
        assertThat(((SeedanceApiException) e).isRetryable()).isFalse();
    }

    @Test
    void contentPolicyRejectionIsNotRetried() {
        Throwable e = failure(client.create(prompt("[sim:reject=InputTextSensitiveContentDetected]")));

        assertThat(((SeedanceApiException) e).isContentPolicy()).isTrue();
        assertThat(SIM.simulator().requests("POST", TASKS)).hasSize(1);
    }

    @Test
    void readsAreRetriedThroughServerErrorsAndRateLimits() throws Exception {
        VideoTask task = client.create(prompt("retry me")).get();
        SIM.simulator().failNext("GET", TASKS, 503, 1);
        SIM.simulator().failNext("GET", TASKS, 429, 1);

        VideoTask fetched = client.get(task.id()).get(5, TimeUnit.SECONDS);

        assertThat(fetched.id()).isEqualTo(task.id());
        assertThat(SIM.simulator().requests("GET", TASKS)).hasSize(3);
    }

    @Test
    void readsGiveUpAfterMaxRetries() {
        SIM.simulator().failNext("GET", TASKS, 500, 4);

        Throwable e = failure(client.get("cgt-20200101000000-abcde"));

        assertThat(e).isInstanceOf(SeedanceApiException.class);
        assertThat(((SeedanceApiException) e).httpStatus()).isEqualTo(500);
        assertThat(SIM.simulator().requests("GET", TASKS)).hasSize(4);
    }

    @Test
    void aCreateIsResentAfterA429() throws Exception {
        VideoTask task = client.create(prompt("busy [sim:429x2]")).get(5, TimeUnit.SECONDS);

        assertThat(task.id()).startsWith("cgt-");
        assertThat(SIM.simulator().requests("POST", TASKS)).hasSize(3);
    }

    @Test
    void aCreateAnsweredWith5xxIsOutcomeUnknownAndNeverResent() {
        Throwable e = failure(client.create(prompt("[sim:status=500]")));

        assertThat(e).isInstanceOf(SeedanceOutcomeUnknownException.class);
        assertThat(e.getCause()).isInstanceOf(SeedanceApiException.class);
        assertThat(SIM.simulator().requests("POST", TASKS)).hasSize(1);
    }

    /**
     * The provider made the task, then the answer was lost: a re-send would make a second one. With reconciliation
     * off, the client says so instead of looking for the task.
     */
    @ParameterizedTest
    @ValueSource(strings = {"502", "reset"})
    void aCreateLostAfterTheTaskWasCreatedIsOutcomeUnknownAndMakesExactlyOneTask(String loss) {
        List<String> before = SIM.simulator().createdTaskIds();

        Throwable e = failure(client.create(prompt("lost answer [sim:afterCreate=" + loss + "]")));

        assertThat(e).isInstanceOf(SeedanceOutcomeUnknownException.class);
        List<String> after = SIM.simulator().createdTaskIds();
        List<String> made = after.subList(before.size(), after.size());
        assertThat(made).hasSize(1);
        assertThat(SIM.simulator().task(made.get(0))).isPresent();
        assertThat(SIM.simulator().requests("POST", TASKS)).hasSize(1);
        assertThat(SIM.simulator().lostAfterCreate(TASKS)).hasSize(1);
    }

    @Test
    void aCreateThatTimesOutIsOutcomeUnknownAndNeverResent() {
        SeedanceClient impatient = client(SIM.baseUrl("byteplus"), TestSecrets.API_KEY, Duration.ofMillis(300));

        Throwable e = failure(impatient.create(prompt("slow answer [sim:delay=3000]")));

        assertThat(e).isInstanceOf(SeedanceOutcomeUnknownException.class);
        assertThat(e.getMessage()).contains("may have been created");
        assertThat(SIM.simulator().requests("POST", TASKS)).hasSize(1);
    }

    @Test
    void connectionRefusedEndsInAnExceptionNotAHang() throws IOException {
        String deadUrl = "http://127.0.0.1:" + freePort() + "/api/v3";
        SeedanceClient unreachable = client(deadUrl, TestSecrets.API_KEY, Duration.ofSeconds(2));

        assertThat(failure(unreachable.create(prompt("nobody home")))).isInstanceOf(SeedanceException.class)
                .isNotInstanceOf(SeedanceOutcomeUnknownException.class).hasMessageContaining("cannot connect");
        assertThat(failure(unreachable.get("cgt-x"))).isInstanceOf(SeedanceException.class)
                .hasMessageContaining("cannot connect");
    }

    @Test
    void retryPolicyHonoursRetryAfterAndCapsBackoff() {
        RetryPolicy policy = new RetryPolicy(5, Duration.ofMillis(100), Duration.ofMillis(400));

        assertThat(policy.delayBefore(1, Duration.ofSeconds(7))).isEqualTo(Duration.ofSeconds(7));
        assertThat(policy.delayBefore(1, Duration.ofHours(1))).isEqualTo(RetryPolicy.MAX_HONOURED);
        for (int attempt = 1; attempt <= 5; attempt++) {
            long cap = Math.min(100L << (attempt - 1), 400);
            assertThat(policy.delayBefore(attempt, null).toMillis()).isBetween(cap / 2, cap);
        }
        assertThat(policy.allowsRetry(5)).isTrue();
        assertThat(policy.allowsRetry(6)).isFalse();
    }
}
