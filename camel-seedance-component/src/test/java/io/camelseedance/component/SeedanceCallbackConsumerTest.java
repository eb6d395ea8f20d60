package io.camelseedance.component;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.camelseedance.api.TaskStatus;
import io.camelseedance.api.VideoTask;
import io.camelseedance.simulator.CallbackDelivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code from("seedance:callback")} over a real HTTP server, fed by the simulator's callbacks and by hand-made ones.
 */
class SeedanceCallbackConsumerTest extends CallbackTestSupport {

    private static final Logger LOG = LoggerFactory.getLogger(SeedanceCallbackConsumerTest.class);
    private static final String PATH = CallbackAddress.DEFAULT_PATH;

    private final AtomicBoolean failNextExchange = new AtomicBoolean();
    private final AtomicInteger routeAttempts = new AtomicInteger();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("seedance:callback").routeId("callbacks")
                        .process(e -> {
                            routeAttempts.incrementAndGet();
                            if (failNextExchange.getAndSet(false)) {
                                throw new IllegalStateException("the route fails this once");
                            }
                        })
                        .to("mock:callback");
                from("seedance:callback?callbackConfirm=false&callbackPath=/trusting").to("mock:trusting");
                from("seedance:callback?callbackPath=/downloading&download=true").to("mock:downloading");
            }
        };
    }

    private MockEndpoint callbacks() {
        return getMockEndpoint("mock:callback");
    }

    private List<String> emittedIds() {
        return callbacks().getReceivedExchanges().stream()
                .map(e -> e.getMessage().getHeader(SeedanceConstants.TASK_ID, String.class)).toList();
    }

    @Test
    void theSimulatorsCallbacksEmitEachTaskThatEndsOnce() throws Exception {
        String succeeded = submit("A kite over the dunes");
        String failed = submit("A storm [sim:fail=OutputVideoSensitiveContentDetected]");
        String expired = submit("A glacier [sim:expire]");

        await().atMost(WAIT).until(() -> callbacks().getReceivedCounter() >= 3);
        for (String id : List.of(succeeded, failed, expired)) {
            awaitFinalCallbackAcknowledged(id);
        }
        awaitCallbacksProcessed();

        assertThat(emittedIds()).containsExactlyInAnyOrder(succeeded, failed, expired);
        Map<String, Exchange> byId = callbacks().getReceivedExchanges().stream().collect(Collectors.toMap(
                e -> e.getMessage().getHeader(SeedanceConstants.TASK_ID, String.class), e -> e));
        Exchange ok = byId.get(succeeded);
        assertThat(ok.getMessage().getBody(VideoTask.class).status()).isEqualTo(TaskStatus.SUCCEEDED);
        assertThat(ok.getMessage().getHeader(SeedanceConstants.TASK_STATUS)).isEqualTo("SUCCEEDED");
        assertThat(ok.getMessage().getHeader(SeedanceConstants.VIDEO_URL, String.class)).endsWith(succeeded + ".mp4");
        assertThat(ok.getMessage().getHeader(Exchange.FILE_NAME)).isEqualTo(succeeded + ".mp4");
        assertThat(byId.get(failed).getMessage().getHeader(SeedanceConstants.ERROR_CODE))
                .isEqualTo("OutputVideoSensitiveContentDetected");
        assertThat(byId.get(expired).getMessage().getHeader(SeedanceConstants.TASK_STATUS)).isEqualTo("EXPIRED");
        // nothing of the HTTP request reaches the route
        assertThat(ok.getMessage().getHeaders()).doesNotContainKeys(CallbackRequestHandler.TOKEN_PARAMETER,
                Exchange.HTTP_PATH, Exchange.HTTP_URI, "Content-Type");
        // every delivery, queued and running included, was acknowledged at the first attempt
        List<CallbackDelivery> deliveries = SIM.simulator().callbacks().stream()
                .filter(d -> List.of(succeeded, failed, expired).contains(d.taskId())).toList();
        assertThat(deliveries).hasSizeGreaterThanOrEqualTo(9).allSatisfy(d -> {
            assertThat(d.responseCode()).isEqualTo(200);
            assertThat(d.attempt()).isEqualTo(1);
        });
    }

    @Test
    void theCallbackUrlIsBaseUrlPathAndToken() {
        String id = submit("A lantern festival");

        CallbackDelivery delivery = awaitFinalCallbackAcknowledged(id);

        assertThat(delivery.url()).isEqualTo(baseUrl() + PATH + "/" + TOKEN);
    }

    @Test
    void aCallbackReachesTheRouteWithinMilliseconds() throws Exception {
        List<Long> millis = new java.util.ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            String succeeded = withStatus(taskJson(submitQuietly()), "succeeded");
            int expected = i;

            long start = System.nanoTime();
            assertThat(postCallback(succeeded).statusCode()).isEqualTo(200);
            await().pollInterval(Duration.ofMillis(1)).atMost(WAIT)
                    .until(() -> callbacks().getReceivedCounter() == expected);
            millis.add((System.nanoTime() - start) / 1_000_000);
        }

        LOG.info("Callback POST to exchange in the route (the confirming GET included), five times: {} ms", millis);
        assertThat(millis).allSatisfy(ms -> assertThat(ms).isLessThan(WAIT.toMillis()));
    }

    /** A task whose own callbacks go elsewhere: only hand-made callbacks about it reach the consumer. */
    private String submitQuietly() {
        String id = template.requestBodyAndHeader("seedance:generate", "Quiet [sim:queue=10]",
                SeedanceConstants.CALLBACK_URL, "http://127.0.0.1:9/nowhere", VideoTask.class).id();
        awaitStatus(id, "succeeded");
        return id;
    }

    /** The provider reads the status only: 200 carries no body, a refusal says why in words. */
    @Test
    void anAcceptedCallbackIsAnsweredWithItsStatusAlone() throws Exception {
        String body = withStatus(taskJson(submitQuietly()), "succeeded");

        HttpResponse<String> accepted = postCallback(body);
        HttpResponse<String> refused = post(PATH + "/not-the-token", body);

        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(accepted.body()).isEmpty();
        assertThat(accepted.headers().firstValue("Content-Type")).isEmpty();
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).isEqualTo("Unauthorized");
    }

    @Test
    void aWrongTokenIsRefused() throws Exception {
        String body = withStatus(taskJson(submitQuietly()), "succeeded");

        assertThat(post(PATH + "/not-the-token", body).statusCode()).isEqualTo(401);
        assertThat(post(PATH + "/" + TOKEN.substring(0, TOKEN.length() - 1) + "Q", body).statusCode()).isEqualTo(401);
        assertThat(post(PATH + "/" + TOKEN + "x", body).statusCode()).isEqualTo(401);
        awaitCallbacksProcessed();
        assertThat(callbacks().getReceivedCounter()).isZero();
    }

    @Test
    void aTokenAnywhereButInThePathIsRefused() throws Exception {
        String body = withStatus(taskJson(submitQuietly()), "succeeded");

        List<HttpResponse<String>> answers = List.of(
                post(PATH, body),
                post(PATH + "?token=" + TOKEN, body),
                post(PATH, body, "token", TOKEN),
                post(PATH, body, "Authorization", "Bearer " + TOKEN),
                post(PATH + "/wrong?token=" + TOKEN, body),
                post(PATH + "/wrong", body, "token", TOKEN),
                // the right path with the same name again elsewhere is ambiguous: refused too
                post(PATH + "/" + TOKEN + "?token=" + TOKEN, body));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.statusCode()).isEqualTo(401);
            assertThat(answer.body()).doesNotContain(TOKEN);
            assertThat(answer.headers().map().toString()).doesNotContain(TOKEN);
        });
        awaitCallbacksProcessed();
        assertThat(callbacks().getReceivedCounter()).isZero();
    }

    @Test
    void anOversizeBodyIsRefused() throws Exception {
        String id = submitQuietly();
        String padded = withStatus(taskJson(id), "succeeded").replaceFirst("\\{", "{\"padding\":\""
                + "x".repeat(1024 * 1024) + "\",");

        assertThat(postCallback(padded).statusCode()).isEqualTo(413);
        // no Content-Length to go by: the body is read up to the limit
        HttpResponse<String> chunked = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + PATH + "/" + TOKEN))
                .timeout(Duration.ofSeconds(4)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(padded.getBytes())))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).isEqualTo(413);
        awaitCallbacksProcessed();
        assertThat(callbacks().getReceivedCounter()).isZero();
    }

    @Test
    void aBodyThatIsNotATaskIsRefused() throws Exception {
        assertThat(postCallback("{\"id\": \"cgt-1\", \"status\": ").statusCode()).isEqualTo(400);
        assertThat(postCallback("not json at all").statusCode()).isEqualTo(400);
        assertThat(postCallback("").statusCode()).isEqualTo(400);
        assertThat(postCallback("{\"status\":\"succeeded\"}").statusCode()).isEqualTo(400);
        assertThat(postCallback("{\"id\":\"../../etc\",\"status\":\"succeeded\"}").statusCode()).isEqualTo(400);
        assertThat(postCallback("[1,2,3]").statusCode()).isEqualTo(400);
        awaitCallbacksProcessed();
        assertThat(callbacks().getReceivedCounter()).isZero();
    }

    @Test
    void aCallbackForATaskTheProviderDoesNotKnowEmitsNothing() throws Exception {
        String unknown = "{\"id\":\"cgt-20250101000000-nobody\",\"status\":\"succeeded\",\"content\":"
                + "{\"video_url\":\"https://evil.example/x.mp4\"}}";

        assertThat(postCallback(unknown).statusCode()).isEqualTo(200);
        awaitCallbacksProcessed();

        assertThat(callbacks().getReceivedCounter()).isZero();
    }

    @Test
    void duplicateAndOutOfOrderDeliveriesEmitOnce() throws Exception {
        String id = submitQuietly();
        String succeeded = withStatus(taskJson(id), "succeeded");
        String running = withStatus(taskJson(id), "running");

        for (String body : List.of(succeeded, succeeded, running, succeeded, running, withStatus(succeeded, "queued"),
                succeeded)) {
            assertThat(postCallback(body).statusCode()).isEqualTo(200);
        }
        awaitCallbacksProcessed();

        assertThat(emittedIds()).containsExactly(id);
        assertThat(callbacks().getReceivedExchanges().get(0).getMessage().getHeader(SeedanceConstants.TASK_STATUS))
                .isEqualTo("SUCCEEDED");
    }

    @Test
    void aForgedSuccessForARunningTaskEmitsNothing() throws Exception {
        String id = template.requestBodyAndHeader("seedance:generate", "Slow one [sim:render=600000]",
                SeedanceConstants.CALLBACK_URL, "http://127.0.0.1:9/nowhere", VideoTask.class).id();
        awaitStatus(id, "running");
        String forged = withStatus(taskJson(id), "succeeded").replaceFirst("\\{",
                "{\"content\":{\"video_url\":\"https://evil.example/forged.mp4\"},");

        assertThat(postCallback(forged).statusCode()).isEqualTo(200);
        awaitCallbacksProcessed();

        assertThat(callbacks().getReceivedCounter()).isZero();
    }

    @Test
    void aCallbackThatCannotBeRecordedIsAnswered503ForTheProviderToRetry() throws Exception {
        String succeeded = withStatus(taskJson(submitQuietly()), "succeeded");
        context.getRouteController().suspendRoute("callbacks");

        HttpResponse<String> refused = postCallback(succeeded);

        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        context.getRouteController().resumeRoute("callbacks");
        assertThat(postCallback(succeeded).statusCode()).isEqualTo(200);
        await().atMost(WAIT).until(() -> callbacks().getReceivedCounter() == 1);
    }

    @Test
    void aRestartedRouteServesCallbacksAgain() throws Exception {
        String succeeded = withStatus(taskJson(submitQuietly()), "succeeded");

        context.getRouteController().stopRoute("callbacks");
        assertThat(postCallback(succeeded).statusCode()).isEqualTo(404);
        context.getRouteController().startRoute("callbacks");

        assertThat(postCallback(succeeded).statusCode()).isEqualTo(200);
        await().atMost(WAIT).until(() -> callbacks().getReceivedCounter() == 1);
    }

    @Test
    void withoutConfirmingTheCallbackIsTakenAtItsWord() throws Exception {
        String id = template.requestBodyAndHeader("seedance:generate", "Still rendering [sim:render=600000]",
                SeedanceConstants.CALLBACK_URL, "http://127.0.0.1:9/nowhere", VideoTask.class).id();
        awaitStatus(id, "running");
        SIM.simulator().clearRequests();
        String claimed = withStatus(taskJson(id), "succeeded");

        assertThat(post("/trusting/" + TOKEN, claimed).statusCode()).isEqualTo(200);
        assertThat(post("/trusting/" + TOKEN, claimed).statusCode()).isEqualTo(200);
        awaitCallbacksProcessed();

        MockEndpoint trusting = getMockEndpoint("mock:trusting");
        assertThat(trusting.getReceivedExchanges()).singleElement()
                .satisfies(e -> assertThat(e.getMessage().getHeader(SeedanceConstants.TASK_STATUS))
                        .isEqualTo("SUCCEEDED"));
        assertThat(SIM.simulator().requests("GET", TASKS)).isEmpty();
        assertThat(callbacks().getReceivedCounter()).isZero();
    }

    @Test
    void withDownloadTheVideoStreamsInTheBody() throws Exception {
        String id = submitQuietly();

        assertThat(post("/downloading/" + TOKEN, withStatus(taskJson(id), "succeeded")).statusCode()).isEqualTo(200);
        MockEndpoint downloading = getMockEndpoint("mock:downloading");
        await().atMost(WAIT).until(() -> downloading.getReceivedCounter() == 1);

        Exchange out = downloading.getReceivedExchanges().get(0);
        byte[] video;
        try (InputStream in = out.getMessage().getBody(InputStream.class)) {
            video = in.readAllBytes();
        }
        assertThat(new String(video, 4, 4, StandardCharsets.US_ASCII)).isEqualTo("ftyp");
        assertThat(out.getMessage().getHeader(Exchange.CONTENT_LENGTH, Long.class)).isEqualTo(video.length);
        assertThat(out.getMessage().getHeader(SeedanceConstants.TASK_ID)).isEqualTo(id);
    }

    @Test
    void aFailedExchangeReleasesTheTaskForTheNextDelivery() throws Exception {
        String id = submitQuietly();
        String succeeded = withStatus(taskJson(id), "succeeded");
        failNextExchange.set(true);

        assertThat(postCallback(succeeded).statusCode()).isEqualTo(200);
        awaitCallbacksProcessed();
        assertThat(callbacks().getReceivedCounter()).isZero();
        assertThat(postCallback(succeeded).statusCode()).isEqualTo(200);
        awaitCallbacksProcessed();

        assertThat(routeAttempts.get()).isEqualTo(2);
        assertThat(emittedIds()).containsExactly(id);
    }
}
