package io.camelseedance.examples.standin;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A real S3 server for the demo and the tests: S3Proxy on 127.0.0.1 and a free port, keeping its buckets as folders
 * under a directory, and checking AWS signatures like S3 does. Clients reach it through the ordinary S3 API.
 */
public final class LocalS3 implements AutoCloseable {

    public static final String ACCESS_KEY = "local-access-key";
    public static final String SECRET_KEY = "local-secret-key";
    public static final String REGION = "us-east-1";

    private static final String CHECKSUM_PROPERTY = "aws.requestChecksumCalculation";

    private final BlobStoreContext storage;
    private final S3Proxy proxy;
    private final Path directory;

    private LocalS3(BlobStoreContext storage, S3Proxy proxy, Path directory) {
        this.storage = storage;
        this.proxy = proxy;
        this.directory = directory;
    }

    /**
     * Starts a server whose buckets are the folders of {@code directory} (created when missing).
     * <p>
     * AWS SDK clients built after this call send checksums only where S3 requires them: by default they announce a
     * trailing checksum ({@code x-amz-trailer}), which S3Proxy answers with 501 Not Implemented. Nothing is lost
     * against S3 itself: the payload is still signed.
     */
    public static LocalS3 start(Path directory) throws Exception {
        if (System.getProperty(CHECKSUM_PROPERTY) == null) {
            System.setProperty(CHECKSUM_PROPERTY, "WHEN_REQUIRED");
        }
        Files.createDirectories(directory);
        Properties overrides = new Properties();
        overrides.setProperty("jclouds.filesystem.basedir", directory.toAbsolutePath().toString());
        BlobStoreContext storage = ContextBuilder.newBuilder("filesystem").overrides(overrides)
                .build(BlobStoreContext.class);
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(storage.getBlobStore())
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .build();
        try {
            proxy.start();
        } catch (Exception e) {
            storage.close();
            throw e;
        }
        return new LocalS3(storage, proxy, directory);
    }

    /**
     * The JVM option that lets the AWS SDK clients of another JVM (a pipeline instance) talk to this server: see
     * {@link #start}.
     */
    public static String clientJvmOption() {
        return "-D" + CHECKSUM_PROPERTY + "=WHEN_REQUIRED";
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + proxy.getPort());
    }

    public Path directory() {
        return directory;
    }

    /**
     * The camel-aws2-s3 component settings that point every {@code aws2-s3:} endpoint at this server: the endpoint
     * override, path-style bucket addressing (no DNS name per bucket on 127.0.0.1) and static credentials.
     */
    public Map<String, String> camelProperties() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("camel.component.aws2-s3.uri-endpoint-override", endpoint().toString());
        p.put("camel.component.aws2-s3.override-endpoint", "true");
        p.put("camel.component.aws2-s3.force-path-style", "true");
        p.put("camel.component.aws2-s3.access-key", ACCESS_KEY);
        p.put("camel.component.aws2-s3.secret-key", SECRET_KEY);
        p.put("camel.component.aws2-s3.region", REGION);
        return p;
    }

    /** An S3 client of this server, for reading back what a route uploaded. The caller closes it. */
    public S3Client client() {
        return S3Client.builder()
                .endpointOverride(endpoint())
                .forcePathStyle(true)
                .region(Region.of(REGION))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY,
                        SECRET_KEY)))
                .build();
    }

    @Override
    public void close() throws IOException {
        try {
            proxy.stop();
        } catch (Exception e) {
            throw new IOException("S3Proxy did not stop", e);
        } finally {
            storage.close();
        }
    }
}
