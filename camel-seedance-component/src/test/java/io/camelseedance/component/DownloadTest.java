package io.camelseedance.component;

import java.io.File;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.camelseedance.api.SeedanceDownloadException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DownloadTest extends SeedanceTestSupport {

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G'};

    @TempDir
    static Path downloads;

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:stream").to("seedance:generate?waitForCompletion=true&download=true");
                from("direct:both").to("seedance:generate?waitForCompletion=true&download=true"
                        + "&downloadLastFrame=true&returnLastFrame=true");
                from("direct:files").to("seedance:generate?waitForCompletion=true&download=true"
                        + "&downloadLastFrame=true&returnLastFrame=true&downloadDirectory="
                        + downloads);
                from("direct:submit").to("seedance:generate");
                from("seedance:tasks?delay=100&download=true").to("mock:downloaded");
            }
        };
    }

    @Test
    void theVideoStreamsInTheBodyWithItsLengthKnown() throws Exception {
        Exchange out = template.request("direct:stream", e -> e.getMessage().setBody("A heron takes off"));

        assertThat(out.getException()).isNull();
        byte[] video;
        try (InputStream in = out.getMessage().getBody(InputStream.class)) {
            video = in.readAllBytes();
        }
        assertThat(Arrays.copyOfRange(video, 4, 8)).isEqualTo("ftyp".getBytes());
        assertThat(out.getMessage().getHeader(Exchange.CONTENT_LENGTH, Long.class)).isEqualTo(video.length);
        assertThat(out.getMessage().getHeader(TaskDownloads.AWS_S3_CONTENT_LENGTH, Long.class)).isEqualTo(video.length);
        assertThat(out.getMessage().getHeader(Exchange.CONTENT_TYPE)).isEqualTo("video/mp4");
        assertThat(out.getMessage().getHeader(Exchange.FILE_NAME, String.class)).endsWith(".mp4");
    }

    @Test
    void theLastFrameRidesAlongInAHeaderWhenTheBodyHoldsTheVideo() {
        Exchange out = template.request("direct:both", e -> e.getMessage().setBody("A heron lands"));

        assertThat(out.getException()).isNull();
        byte[] frame = out.getMessage().getHeader(SeedanceConstants.LAST_FRAME, byte[].class);
        assertThat(Arrays.copyOf(frame, 4)).isEqualTo(PNG_MAGIC);
        assertThat(out.getMessage().getBody()).isInstanceOf(InputStream.class);
    }

    @Test
    void aDownloadDirectoryGetsBothFiles() throws Exception {
        Exchange out = template.request("direct:files", e -> e.getMessage().setBody("A heron fishes"));

        assertThat(out.getException()).isNull();
        String id = out.getMessage().getHeader(SeedanceConstants.TASK_ID, String.class);
        Path video = downloads.resolve(id + ".mp4");
        assertThat(out.getMessage().getBody(File.class)).isEqualTo(video.toFile());
        assertThat(out.getMessage().getHeader(SeedanceConstants.VIDEO_FILE)).isEqualTo(video.toString());
        assertThat(out.getMessage().getHeader(Exchange.CONTENT_LENGTH, Long.class)).isEqualTo(Files.size(video));
        Path frame = Path.of(out.getMessage().getHeader(SeedanceConstants.LAST_FRAME_FILE, String.class));
        assertThat(frame).isEqualTo(downloads.resolve(id + "-last-frame.png"));
        assertThat(Arrays.copyOf(Files.readAllBytes(frame), 4)).isEqualTo(PNG_MAGIC);
    }

    @Test
    void anExpiredUrlIsRefreshedOnceThenTheDownloadFailsClearly() {
        Exchange out = template.request("direct:stream", e -> e.getMessage().setBody("gone at once [sim:urlTtl=0]"));

        assertThat(out.getException()).isInstanceOf(SeedanceDownloadException.class)
                .hasMessageContaining("403").hasMessageNotContaining("sig=");
        String id = out.getMessage().getHeader(SeedanceConstants.TASK_ID, String.class);
        assertThat(SIM.simulator().requests("GET", TASKS + "/" + id)).as("the refresh GET").isNotEmpty();
    }

    @Test
    void theTasksConsumerDownloadsBeforeEmitting() throws Exception {
        MockEndpoint downloaded = getMockEndpoint("mock:downloaded");
        downloaded.expectedMessageCount(1);

        template.sendBody("direct:submit", "A heron in the reeds");

        downloaded.assertIsSatisfied();
        try (InputStream in = downloaded.getReceivedExchanges().get(0).getMessage().getBody(InputStream.class)) {
            assertThat(Arrays.copyOfRange(in.readNBytes(8), 4, 8)).isEqualTo("ftyp".getBytes());
        }
    }

    @Test
    void downloadWithoutWaitingIsRefusedAtStart() {
        assertThatThrownBy(() -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:nowait").to("seedance:generate?download=true");
            }
        })).hasStackTraceContaining("waitForCompletion");
    }
}
