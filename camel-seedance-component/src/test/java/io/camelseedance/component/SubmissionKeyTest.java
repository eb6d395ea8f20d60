package io.camelseedance.component;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.camelseedance.api.SeedanceOutcomeUnknownException;
import io.camelseedance.api.SeedanceValidationException;
import io.camelseedance.api.TaskStatus;
import io.camelseedance.api.VideoTask;
import io.camelseedance.simulator.SeedanceSimulatorExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A submission key ({@code CamelSeedanceSubmissionKey}) sends its create once, whoever sends the key again: the same
 * exchange retried, a second exchange at the same moment, another instance sharing the store, the application after a
 * restart. Every one of them gets the same task; the simulator sees one create.
 */
class SubmissionKeyTest {

    @RegisterExtension
    static final SeedanceSimulatorExtension SIM = new SeedanceSimulatorExtension(SeedanceTestSupport.simulator()
            .queuedFor(Duration.ofMillis(100)).runningFor(Duration.ofMillis(200)).serverThreads(8));

    @RegisterExtension
    static final PostgresDatabase DB = new PostgresDatabase();

    @TempDir
    Path directory;

    @RegisterExtension
    final SharedStoreInstances instances = new SharedStoreInstances(SIM, DB);

    /** This test's own prompt, to count its creates at the simulator. */
    private final String prompt = "A lighthouse in a storm " + UUID.randomUUID();
    /** Keys of this test only: the database outlives a test. */
    private final String order1 = "order-1-" + UUID.randomUUID();
    private final String order2 = "order-2-" + UUID.randomUUID();

    /** An application with its own component over a store of {@code kind}: memory, file or jdbc. */
    private CamelContext instance(String kind) throws Exception {
        SeedanceComponent seedance = instances.component();
        switch (kind) {
            case "file" -> seedance.setTaskStoreDirectory(directory.toString());
            case "jdbc" -> seedance.setTaskStoreDataSource(instances.pool());
            default -> {
                // memory
            }
        }
        return instances.start(seedance, routes -> {
            routes.from("direct:wait").to("seedance:generate?waitForCompletion=true");
            routes.from("direct:submit").to("seedance:generate");
        });
    }

    private static Exchange send(CamelContext context, String route, String body, String key) {
        return context.createProducerTemplate().request(route, e -> {
            e.getMessage().setBody(body);
            e.getMessage().setHeader(SeedanceConstants.SUBMISSION_KEY, key);
        });
    }

    private static CompletableFuture<Exchange> sendAsync(CamelContext context, String body, String key) {
        return context.createProducerTemplate().asyncSend("direct:wait", e -> {
            e.getMessage().setBody(body);
            e.getMessage().setHeader(SeedanceConstants.SUBMISSION_KEY, key);
        });
    }

    /** Creates the simulator received with this test's prompt. */
    private long creates() {
        return SIM.simulator().requests("POST", SeedanceTestSupport.TASKS).stream()
                .filter(r -> r.body().contains(prompt)).count();
    }

    private static String taskId(Exchange exchange) {
        assertThat(exchange.getException()).isNull();
        return exchange.getMessage().getHeader(SeedanceConstants.TASK_ID, String.class);
    }

    private static Boolean adopted(Exchange exchange) {
        return exchange.getMessage().getHeader(SeedanceConstants.SUBMISSION_ADOPTED, Boolean.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "file", "jdbc"})
    void theSameKeySentTwiceCreatesOnceAndBothGetTheTask(String kind) throws Exception {
        CamelContext app = instance(kind);

        Exchange first = send(app, "direct:wait", prompt, order1);
        Exchange second = send(app, "direct:wait", prompt, order1);

        assertThat(taskId(second)).isNotNull().isEqualTo(taskId(first));
        assertThat(adopted(first)).isFalse();
        assertThat(adopted(second)).isTrue();
        assertThat(second.getMessage().getBody(VideoTask.class).status()).isEqualTo(TaskStatus.SUCCEEDED);
        assertThat(creates()).isEqualTo(1);
        // another key is another piece of work
        assertThat(taskId(send(app, "direct:wait", prompt, order2))).isNotEqualTo(taskId(first));
        assertThat(creates()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "jdbc"})
    void exchangesSendingTheSameKeyAtOnceCreateOnce(String kind) throws Exception {
        CamelContext app = instance(kind);
        // the create is answered late, so every other exchange finds it on the wire and waits for its answer
        String slow = prompt + " [sim:delay=800]";

        List<CompletableFuture<Exchange>> sent = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            sent.add(sendAsync(app, slow, order1));
        }
        List<Exchange> done = new ArrayList<>();
        for (CompletableFuture<Exchange> exchange : sent) {
            done.add(exchange.get(30, TimeUnit.SECONDS));
        }

        assertThat(done).extracting(SubmissionKeyTest::taskId).doesNotContainNull().containsOnly(taskId(done.get(0)));
        assertThat(done).extracting(SubmissionKeyTest::adopted).containsExactlyInAnyOrder(false, true, true, true);
        assertThat(done).extracting(e -> e.getMessage().getBody(VideoTask.class).status())
                .containsOnly(TaskStatus.SUCCEEDED);
        assertThat(creates()).isEqualTo(1);
    }

    @Test
    void twoInstancesSharingTheStoreSendTheSameKeyAtOnceAndCreateOnce() throws Exception {
        CamelContext a = instance("jdbc");
        CamelContext b = instance("jdbc");
        String slow = prompt + " [sim:delay=800]";

        List<CompletableFuture<Exchange>> sent = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            sent.add(sendAsync(a, slow, order1));
            sent.add(sendAsync(b, slow, order1));
        }
        List<Exchange> done = new ArrayList<>();
        for (CompletableFuture<Exchange> exchange : sent) {
            done.add(exchange.get(30, TimeUnit.SECONDS));
        }

        assertThat(done).extracting(SubmissionKeyTest::taskId).doesNotContainNull().containsOnly(taskId(done.get(0)));
        assertThat(done).extracting(SubmissionKeyTest::adopted).filteredOn(adopted -> !adopted).hasSize(1);
        assertThat(done).extracting(e -> e.getMessage().getBody(VideoTask.class).status())
                .containsOnly(TaskStatus.SUCCEEDED);
        assertThat(creates()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "jdbc"})
    void aKeySentBeforeARestartIsNotCreatedAgainAfterIt(String kind) throws Exception {
        CamelContext before = instance(kind);
        String created = taskId(send(before, "direct:submit", prompt, order1));
        before.stop();

        CamelContext after = instance(kind);
        Exchange again = send(after, "direct:wait", prompt, order1);

        assertThat(taskId(again)).isEqualTo(created);
        assertThat(adopted(again)).isTrue();
        assertThat(again.getMessage().getBody(VideoTask.class).status()).isEqualTo(TaskStatus.SUCCEEDED);
        assertThat(creates()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "jdbc"})
    void aCreateTheProviderRefusedFreesTheKeyForTheCorrectedRequest(String kind) throws Exception {
        CamelContext app = instance(kind);

        Exchange refused = send(app, "direct:wait", prompt + " [sim:reject=InvalidParameter]", order1);
        assertThat(refused.getException()).isNotNull();
        Exchange corrected = send(app, "direct:wait", prompt, order1);

        assertThat(taskId(corrected)).isNotNull();
        assertThat(adopted(corrected)).isFalse();
        assertThat(creates()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "jdbc"})
    void aCreateWhoseAnswerWasLostIsNeverSentAgainUnderItsKey(String kind) throws Exception {
        CamelContext app = instance(kind);

        Exchange lost = send(app, "direct:wait", prompt + " [sim:afterCreate=reset]", order1);
        assertThat(lost.getException()).isInstanceOf(SeedanceOutcomeUnknownException.class);
        Exchange again = send(app, "direct:wait", prompt, order1);

        assertThat(again.getException()).isInstanceOf(SeedanceOutcomeUnknownException.class)
                .hasMessageContaining("submission key '" + order1 + "'").hasMessageContaining("never sent again");
        assertThat(creates()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "jdbc"})
    void aKeyLostAtALiveInstanceNamesWhatItsSearchFoundToEveryLaterExchange(String kind) throws Exception {
        CamelContext app = instance(kind);
        // with a shared store the later exchange goes to another instance: the key carries the finding, not memory
        CamelContext later = kind.equals("jdbc") ? instance(kind) : app;
        // two identical creates whose answers are lost together: the search finds both tasks and cannot tell whose
        String twins = prompt + " [sim:delay=300] [sim:afterCreate=502]";
        CompletableFuture<Exchange> first = sendAsync(app, twins, order1);
        CompletableFuture<Exchange> second = sendAsync(app, twins, order2);
        Exception lost = first.get(30, TimeUnit.SECONDS).getException();
        assertThat(second.get(30, TimeUnit.SECONDS).getException()).isInstanceOf(SeedanceOutcomeUnknownException.class);
        assertThat(lost).isInstanceOf(SeedanceOutcomeUnknownException.class);
        SeedanceOutcomeUnknownException found = (SeedanceOutcomeUnknownException) lost;
        assertThat(found.candidateTaskIds()).hasSizeGreaterThanOrEqualTo(2);

        Exchange again = send(later, "direct:wait", prompt, order1);

        assertThat(again.getException()).isInstanceOfSatisfying(SeedanceOutcomeUnknownException.class, u -> {
            assertThat(u).hasMessageContaining("submission key '" + order1 + "'")
                    .hasMessageContaining(found.finding());
            found.candidateTaskIds().forEach(id -> assertThat(u).hasMessageContaining(id));
            assertThat(u.candidateTaskIds()).containsExactlyInAnyOrderElementsOf(found.candidateTaskIds());
        });
        assertThat(creates()).as("the two lost creates, nothing under the lost key").isEqualTo(2);
    }

    @Test
    void aBlankOrOverlongKeyIsRefusedBeforeAnythingIsSent() throws Exception {
        CamelContext app = instance("memory");

        Exchange blank = send(app, "direct:wait", prompt, "  ");
        Exchange overlong = send(app, "direct:wait", prompt, "k".repeat(201));

        assertThat(blank.getException()).isInstanceOf(SeedanceValidationException.class)
                .hasMessageContaining(SeedanceConstants.SUBMISSION_KEY).hasMessageContaining("blank");
        assertThat(overlong.getException()).isInstanceOf(SeedanceValidationException.class)
                .hasMessageContaining(SeedanceConstants.SUBMISSION_KEY).hasMessageContaining("200");
        assertThat(creates()).isZero();
    }
}
