package io.camelseedance.component;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import io.camelseedance.api.TaskStatus;
import io.camelseedance.api.VideoTask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Callback security, the gaps left by {@link SeedanceCallbackConsumerTest} and {@link CallbackSecretsTest}: a forged
 * callback must not reach an exchange that waits for the task ({@code generate?waitForCompletion=true}), whatever it
 * claims; the real outcome still arrives once, with the provider's URL; and the token of one callback endpoint does
 * not open another.
 */
class CallbackForgeryTest extends CallbackTestSupport {

    private static final String EVIL = "https://evil.example/forged.mp4";
    private static final String OTHER_TOKEN = "Other-Endpoint-Token-0123456789abcdefghij";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("seedance:callback").routeId("callbacks").to("mock:callback");
                from("seedance:callback?callbackPath=/other&callbackToken=" + OTHER_TOKEN).to("mock:other");
                from("direct:wait").to("seedance:generate?waitForCompletion=true&completionTimeout=30000");
            }
        };
    }

    private String forged(String id, String status) throws Exception {
        return withStatus(taskJson(id), status).replaceFirst("\\{", "{\"content\":{\"video_url\":\"" + EVIL + "\"},"
                + "\"error\":{\"code\":\"Forged\",\"message\":\"x\"},");
    }

    @Test
    void forgedOutcomesDoNotReachAWaitingExchangeNorTheRoute() throws Exception {
        CompletableFuture<Exchange> waiting = template.asyncSend("direct:wait",
                e -> e.getMessage().setBody("A slow one [sim:render=5000]"));
        await().atMost(WAIT).until(() -> context.getComponent("seedance", SeedanceComponent.class).tracker()
                .inFlightCount() == 1);
        String id = context.getComponent("seedance", SeedanceComponent.class).tracker().inFlight().get(0).id();
        awaitStatus(id, "running");

        // each forgery answered as a callback must be (200: recorded, then checked with the provider)
        for (String status : List.of("succeeded", "failed", "expired", "cancelled")) {
            assertThat(postCallback(forged(id, status)).statusCode()).as(status).isEqualTo(200);
        }
        awaitCallbacksProcessed();
        assertThat(waiting).as("the waiting exchange ignored the forgeries").isNotDone();
        assertThat(getMockEndpoint("mock:callback").getReceivedCounter()).isZero();

        Exchange done = waiting.get();
        assertThat(done.getException()).isNull();
        VideoTask task = done.getMessage().getBody(VideoTask.class);
        assertThat(task.status()).isEqualTo(TaskStatus.SUCCEEDED);
        assertThat(task.videoUrl()).doesNotContain("evil").startsWith(SIM.simulator().baseUri());
        // the real outcome reaches the route once, with the provider's URL, not the forged one
        MockEndpoint callbacks = getMockEndpoint("mock:callback");
        await().atMost(WAIT).until(() -> callbacks.getReceivedCounter() == 1);
        assertThat(callbacks.getReceivedExchanges().get(0).getMessage().getHeader(SeedanceConstants.VIDEO_URL,
                String.class)).doesNotContain("evil");
        Thread.sleep(500);
        assertThat(callbacks.getReceivedCounter()).isEqualTo(1);
    }

    @Test
    void oneEndpointsTokenDoesNotOpenAnother() throws Exception {
        String id = submit("Someone else's token");
        awaitStatus(id, "succeeded");
        String body = withStatus(taskJson(id), "succeeded");

        assertThat(post(CallbackAddress.DEFAULT_PATH + "/" + OTHER_TOKEN, body).statusCode()).isEqualTo(401);
        assertThat(post("/other/" + TOKEN, body).statusCode()).isEqualTo(401);
        assertThat(post("/other", body).statusCode()).isEqualTo(401);
        assertThat(post("/other/", body).statusCode()).isIn(401, 404);
        awaitCallbacksProcessed();
        assertThat(getMockEndpoint("mock:other").getReceivedCounter()).isZero();
    }
}
