package io.camelseedance.examples.standin;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.aws2.s3.AWS2S3Constants;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;

import static org.assertj.core.api.Assertions.assertThat;

/** The stand-ins speak the real protocols: camel-aws2-s3 streams into S3Proxy, camel-mail delivers to GreenMail. */
class StandInsTest {

    @TempDir
    Path dir;

    @Test
    void aStreamUploadedThroughCamelIsReadBackByteForByte() throws Exception {
        byte[] video = new byte[300_000];
        for (int i = 0; i < video.length; i++) {
            video[i] = (byte) (i * 31);
        }
        try (LocalS3 s3 = LocalS3.start(dir.resolve("s3")); CamelContext camel = new DefaultCamelContext()) {
            s3.camelProperties().forEach((k, v) -> camel.getPropertiesComponent().addInitialProperty(k, v));
            camel.getPropertiesComponent().addInitialProperty("camel.component.aws2-s3.auto-create-bucket", "true");
            camel.start();
            camel.createProducerTemplate().sendBodyAndHeaders(
                    "aws2-s3:bucket?autoCreateBucket=true&uriEndpointOverride="
                            + s3.endpoint() + "&overrideEndpoint=true&forcePathStyle=true&accessKey="
                            + LocalS3.ACCESS_KEY + "&secretKey=" + LocalS3.SECRET_KEY + "&region=us-east-1",
                    new ByteArrayInputStream(video),
                    Map.of(AWS2S3Constants.KEY, "a/b/video.mp4", AWS2S3Constants.CONTENT_LENGTH, (long) video.length));
            try (S3Client client = s3.client()) {
                assertThat(client.getObjectAsBytes(b -> b.bucket("bucket").key("a/b/video.mp4")).asByteArray())
                        .isEqualTo(video);
            }
        }
    }

    @Test
    void mailSentThroughCamelArrives() throws Exception {
        try (LocalSmtp smtp = LocalSmtp.start(); CamelContext camel = new DefaultCamelContext()) {
            camel.start();
            ProducerTemplate template = camel.createProducerTemplate();
            template.sendBodyAndHeader(
                    "smtp://127.0.0.1:" + smtp.port() + "?from=pipeline@localhost&to=you@example.com",
                    "hello", "Subject", "Video ready");
            assertThat(smtp.messages()).singleElement().satisfies(m -> {
                assertThat(m.getSubject()).isEqualTo("Video ready");
                assertThat(m.getAllRecipients()[0].toString()).isEqualTo("you@example.com");
            });
        }
    }
}
