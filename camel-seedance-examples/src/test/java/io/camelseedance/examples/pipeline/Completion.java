package io.camelseedance.examples.pipeline;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.main.MainHttpServer;

import io.camelseedance.examples.FreePort;
import io.camelseedance.simulator.CallbackDelivery;
import io.camelseedance.simulator.RecordedRequest;
import io.camelseedance.simulator.SeedanceSimulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the pipeline under test learns that a task ended: the settings that choose the way, and what the simulator
 * records when the pipeline went that way and no other.
 */
enum Completion {

    /** No callback base URL: the component polls the provider, as the pipeline does by default. */
    POLLING {
        @Override
        Map<String, String> settings() {
            return Map.of();
        }

        @Override
        void assertLearned(SeedanceSimulator simulator, RecordedRequest create, String taskId) {
            assertThat(create.body()).doesNotContain("callback_url");
            assertThat(simulator.callbacks()).noneMatch(delivery -> delivery.taskId().equals(taskId));
            assertThat(reads(simulator, taskId)).isNotEmpty();
        }

        @Override
        void assertServing(CamelContext context) {
            assertThat(context.hasService(MainHttpServer.class)).isNull();
            assertThat(context.getRoute(CALLBACK_ROUTE)).isNull();
        }
    },

    /**
     * A callback base URL at the pipeline's own HTTP server on 127.0.0.1, and the safety-net polling slowed to its
     * first look after a minute, later than any test waits: only the callbacks can end a task in time.
     */
    CALLBACK {
        @Override
        Map<String, String> settings() {
            int port = FreePort.onLoopback();
            return Map.of("pipeline.callback.base-url", "http://127.0.0.1:" + port,
                    "pipeline.callback.token", TOKEN,
                    "camel.server.port", Integer.toString(port),
                    "pipeline.callback.poll-delay", "60000");
        }

        @Override
        void assertLearned(SeedanceSimulator simulator, RecordedRequest create, String taskId) {
            List<CallbackDelivery> deliveries = simulator.callbacks().stream()
                    .filter(delivery -> delivery.taskId().equals(taskId)).toList();
            assertThat(deliveries).extracting(CallbackDelivery::status).contains("succeeded");
            assertThat(deliveries).allSatisfy(delivery -> {
                assertThat(delivery.acknowledged()).as("answered %s", delivery.responseCode()).isTrue();
                assertThat(delivery.url()).endsWith("/seedance/callback/" + TOKEN);
                assertThat(create.body()).contains("\"callback_url\":\"" + delivery.url() + "\"");
            });
            // The component reads a task back to confirm its callback, so reads of it may follow callbacks; a poll
            // would be a read before the first callback, or one more read than there were callbacks.
            Instant firstSent = deliveries.stream().map(CallbackDelivery::sentAt).min(Instant::compareTo).orElseThrow();
            List<RecordedRequest> reads = reads(simulator, taskId);
            assertThat(reads).hasSizeLessThanOrEqualTo(deliveries.size())
                    .allSatisfy(read -> assertThat(read.receivedAt()).isAfterOrEqualTo(firstSent));
        }

        @Override
        void assertServing(CamelContext context) {
            MainHttpServer server = context.hasService(MainHttpServer.class);
            assertThat(server).isNotNull();
            assertThat(server.getHost()).isEqualTo("127.0.0.1");
            assertThat(context.getRoute(CALLBACK_ROUTE)).isNotNull();
        }
    };

    private static final String TOKEN = "pipeline-test-token_0123456789.abcdefghij~XYZ";
    private static final String CALLBACK_ROUTE = "video-pipeline-callbacks";
    private static final String TASKS_PATH = "/api/v3/contents/generations/tasks";

    /** What the pipeline adds to its test settings to go this way. */
    abstract Map<String, String> settings();

    /** Asserts that the task's end was learned this way: {@code create} is the request that created it. */
    abstract void assertLearned(SeedanceSimulator simulator, RecordedRequest create, String taskId);

    /** Asserts that the pipeline serves callbacks (an HTTP server, the callback route) if, and only if, it should. */
    abstract void assertServing(CamelContext context);

    /** The component's reads of the task (polls, confirmations): list calls filtered by its id. */
    private static List<RecordedRequest> reads(SeedanceSimulator simulator, String taskId) {
        return simulator.requests("GET", TASKS_PATH).stream()
                .filter(r -> r.queryParams().getOrDefault("filter.task_ids", List.of()).contains(taskId)).toList();
    }
}
