package io.camelseedance.component;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, defect 9: 16 clients sending 9 MB bodies at a wrong token made the callback server hold 208 MB of heap
 * until they left, because the HTTP server read every body before the token was looked at. Now platform-http hands
 * the request over unread, the token is checked first, and a body is read only within the per-request limit and the
 * total budget. The consumer's own accounting shows it: no body reached memory through the server, and what was held
 * at once stayed within the budget.
 */
class CallbackMemoryTest extends CallbackTestSupport {

    static final int CLIENTS = 16;
    static final int BODY = 9 * 1024 * 1024;

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("seedance:callback?callbackMaxBufferedSize=4194304").routeId("callbacks").to("mock:callbacks");
            }
        };
    }

    private CallbackBodies accounting() {
        return ((SeedanceCallbackConsumer) context.getRoute("callbacks").getConsumer()).bodies();
    }

    /** 16 concurrent POSTs of 9 MB each; each ends (answered or cut off) within the time limit. */
    private List<String> flood(String path, boolean announceLength) throws Exception {
        List<CompletableFuture<String>> posts = IntStream.range(0, CLIENTS).mapToObj(i -> {
            Supplier<InputStream> body = () -> new ZeroStream(BODY);
            HttpRequest.BodyPublisher publisher = announceLength
                    ? HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(body), BODY)
                    : HttpRequest.BodyPublishers.ofInputStream(body);
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(20))
                    .header("Content-Type", "application/json").POST(publisher).build();
            return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                    .handle((response, error) -> error == null ? "HTTP " + response.statusCode() : "cut off");
        }).toList();
        CompletableFuture.allOf(posts.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        return posts.stream().map(CompletableFuture::join).toList();
    }

    @Test
    void largeBodiesAtAWrongTokenAreNeverRead() throws Exception {
        List<String> answers = flood(CallbackAddress.DEFAULT_PATH + "/wrong-token-0123456789abcdef", true);

        System.out.println("Wrong token, " + CLIENTS + " x 9 MB: " + answers + "; held at most "
                + accounting().peakHeld() + " bytes, bodies buffered by the server: "
                + accounting().bufferedByServer());
        assertThat(answers).allSatisfy(a -> assertThat(a).isIn("HTTP 401", "cut off"));
        assertThat(accounting().bufferedByServer()).isZero();
        assertThat(accounting().peakHeld()).isZero();
    }

    @Test
    void largeBodiesAtTheRightTokenAreReadNoFurtherThanTheLimitWithinTheBudget() throws Exception {
        List<String> announced = flood(CallbackAddress.DEFAULT_PATH + "/" + TOKEN, true);
        List<String> chunked = flood(CallbackAddress.DEFAULT_PATH + "/" + TOKEN, false);

        System.out.println("Right token, " + CLIENTS + " x 9 MB: announced " + announced + ", chunked " + chunked
                + "; held at most " + accounting().peakHeld() + " bytes");
        assertThat(announced).allSatisfy(a -> assertThat(a).isIn("HTTP 413", "cut off"));
        assertThat(chunked).allSatisfy(a -> assertThat(a).isIn("HTTP 413", "HTTP 503", "cut off"));
        assertThat(accounting().bufferedByServer()).isZero();
        assertThat(accounting().peakHeld()).isPositive().isLessThanOrEqualTo(4 * 1024 * 1024);
        assertThat(getMockEndpoint("mock:callbacks").getReceivedCounter()).isZero();
    }

    @Test
    void aCallbackWithinTheLimitsIsStillAccepted() throws Exception {
        String id = submit("a kite");
        awaitFinalCallbackAcknowledged(id);

        assertThat(postCallback(taskJson(id)).statusCode()).isEqualTo(200);
        assertThat(accounting().bufferedByServer()).isZero();
    }

    /** {@code size} zero bytes, made as they are read. */
    private static final class ZeroStream extends InputStream {
        private long left;

        ZeroStream(long size) {
            this.left = size;
        }

        @Override
        public int read() {
            return left-- > 0 ? 0 : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(len, left);
            java.util.Arrays.fill(b, off, off + n, (byte) 0);
            left -= n;
            return n;
        }
    }
}
