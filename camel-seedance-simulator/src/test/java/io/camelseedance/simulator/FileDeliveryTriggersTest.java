package io.camelseedance.simulator;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.camelseedance.simulator.Bodies.SEEDANCE_2_0;
import static io.camelseedance.simulator.Bodies.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The prompt triggers that shape the served files: {@code [sim:videoBytes=N]} and {@code [sim:urlTtl=MS]}. */
class FileDeliveryTriggersTest {

    @RegisterExtension
    static final SeedanceSimulatorExtension SIM = new SeedanceSimulatorExtension(SeedanceSimulator.builder()
            .queuedFor(Duration.ofMillis(20))
            .runningFor(Duration.ofMillis(20)));

    private final ArkClient ark = new ArkClient(SIM.simulator(), "any-key");

    @Test
    void videoBytesServesTheSamplePaddedToExactlyThatSize() {
        String id = ark.createWithPrompt("a long one [sim:videoBytes=3145728]");

        HttpResponse<byte[]> video = ark.download(awaitSucceeded(id).at("/content/video_url").asText());

        assertThat(video.statusCode()).isEqualTo(200);
        assertThat(video.headers().firstValueAsLong("Content-Length")).hasValue(3_145_728L);
        assertThat(video.body()).hasSize(3_145_728);
        byte[] sample = SIM.simulator().video(id).orElseThrow();
        assertThat(Arrays.copyOf(video.body(), sample.length)).isEqualTo(sample);
        assertThat(new String(video.body(), sample.length + 4, 4, StandardCharsets.US_ASCII)).isEqualTo("free");
    }

    @Test
    void urlTtlSignsBothFileUrlsAndTheyWorkUntilTheyExpire() {
        long before = System.currentTimeMillis();
        String id = ark.createTask(body(SEEDANCE_2_0, "{'type':'text','text':'signed [sim:urlTtl=3600000]'}",
                "'return_last_frame':true"));

        JsonNode done = awaitSucceeded(id);

        String videoUrl = done.at("/content/video_url").asText();
        String lastFrameUrl = done.at("/content/last_frame_url").asText();
        assertThat(videoUrl).startsWith(SIM.simulator().baseUri() + "/files/" + id + ".mp4?expires=")
                .contains("&sig=");
        assertThat(expiresOf(videoUrl)).isBetween(before + 3_600_000, System.currentTimeMillis() + 3_600_000);
        assertThat(ark.download(videoUrl).statusCode()).isEqualTo(200);
        assertThat(ark.download(lastFrameUrl).statusCode()).isEqualTo(200);
    }

    @Test
    void aSignedFileIsRefusedWithoutItsSignatureOrWithAnEditedExpiry() {
        String id = ark.createWithPrompt("signed [sim:urlTtl=0]");
        String videoUrl = awaitSucceeded(id).at("/content/video_url").asText();
        String unsigned = videoUrl.substring(0, videoUrl.indexOf('?'));
        String extended = videoUrl.replaceFirst("expires=\\d+", "expires=" + Long.MAX_VALUE / 2);

        for (String url : new String[]{unsigned, extended}) {
            HttpResponse<byte[]> refused = ark.download(url);
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(new String(refused.body(), StandardCharsets.UTF_8))
                    .contains("AccessDenied").contains("signature");
        }
    }

    @Test
    void anExpiredUrlIsRefusedAndReadingTheTaskAgainGivesAFreshOne() {
        String id = ark.createWithPrompt("short-lived [sim:urlTtl=1000]");
        String stale = awaitSucceeded(id).at("/content/video_url").asText();
        long expires = expiresOf(stale);
        await().pollInterval(Duration.ofMillis(50)).until(() -> System.currentTimeMillis() >= expires);

        HttpResponse<byte[]> refused = ark.download(stale);
        String fresh = ark.task(id).at("/content/video_url").asText();

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(new String(refused.body(), StandardCharsets.UTF_8)).contains("AccessDenied", "Request has expired");
        assertThat(expiresOf(fresh)).isGreaterThan(expires);
        assertThat(ark.download(fresh).body()).isEqualTo(SIM.simulator().video(id).orElseThrow());
    }

    @Test
    void filesWithoutTriggersKeepPlainUrlsThatIgnoreAnyQuery() {
        String id = ark.createWithPrompt("plain");
        String videoUrl = awaitSucceeded(id).at("/content/video_url").asText();

        assertThat(videoUrl).doesNotContain("?");
        assertThat(ark.download(videoUrl + "?expires=1&sig=x").body())
                .isEqualTo(SIM.simulator().video(id).orElseThrow());
    }

    private JsonNode awaitSucceeded(String id) {
        await().pollInterval(Duration.ofMillis(20)).until(() -> ark.status(id).equals("succeeded"));
        return ark.task(id);
    }

    private static long expiresOf(String url) {
        String query = URI.create(url).getQuery();
        return Long.parseLong(query.replaceFirst(".*expires=(\\d+).*", "$1"));
    }
}
