package io.camelseedance.examples.watch;

import org.apache.camel.CamelContext;
import org.apache.camel.component.aws2.s3.AWS2S3Endpoint;
import org.apache.camel.support.service.ServiceHelper;
import software.amazon.awssdk.services.s3.S3Client;

import io.camelseedance.examples.pipeline.S3ObjectKeys;

/**
 * The bucket the pipeline uploads to, read through the same S3 client as the uploads: the one of the application's
 * {@code aws2-s3} endpoint for the bucket, configured by the {@code camel.component.aws2-s3.*} settings. Its
 * credentials stay in the application.
 */
final class PipelineBucket {

    private final CamelContext context;
    private final String name;
    private final S3ObjectKeys keys;
    private volatile S3Client client;

    PipelineBucket(CamelContext context, String name, String prefix) {
        this.context = context;
        this.name = name;
        this.keys = new S3ObjectKeys();
        keys.setPrefix(prefix);
    }

    String name() {
        return name;
    }

    S3ObjectKeys keys() {
        return keys;
    }

    /** Whether the key is one of the pipeline's videos or last frames, the only objects the page serves. */
    boolean holdsMedia(String key) {
        return key != null && key.startsWith(keys.keyPrefix()) && !key.contains("..")
                && (key.endsWith(".mp4") || key.endsWith(".png"));
    }

    S3Client client() {
        S3Client c = client;
        if (c == null) {
            synchronized (this) {
                if (client == null) {
                    AWS2S3Endpoint endpoint = context.getEndpoint("aws2-s3://" + name, AWS2S3Endpoint.class);
                    ServiceHelper.startService(endpoint);
                    client = endpoint.getS3Client();
                }
                c = client;
            }
        }
        return c;
    }
}
