package io.camelseedance.benchmarks;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.jclouds.blobstore.domain.BlobMetadata;

/**
 * The S3 of measurement 5's upload: S3Proxy on 127.0.0.1 with one bucket kept as a folder, run in the driver's JVM so
 * that neither the probe's small heap nor the simulator's pays for it. It checks AWS signatures like S3 does.
 */
final class S3Sink implements AutoCloseable {

    static final String ACCESS_KEY = "bench-access-key";
    static final String SECRET_KEY = "bench-secret-key";
    static final String REGION = "us-east-1";
    static final String BUCKET = "bench";

    private final BlobStoreContext storage;
    private final S3Proxy proxy;

    private S3Sink(BlobStoreContext storage, S3Proxy proxy) {
        this.storage = storage;
        this.proxy = proxy;
    }

    static S3Sink start(Path directory) throws Exception {
        Files.createDirectories(directory);
        Properties overrides = new Properties();
        overrides.setProperty("jclouds.filesystem.basedir", directory.toAbsolutePath().toString());
        BlobStoreContext storage = ContextBuilder.newBuilder("filesystem").overrides(overrides)
                .build(BlobStoreContext.class);
        storage.getBlobStore().createContainerInLocation(null, BUCKET);
        S3Proxy proxy = S3Proxy.builder().blobStore(storage.getBlobStore()).endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY).build();
        proxy.start();
        return new S3Sink(storage, proxy);
    }

    String endpoint() {
        return "http://127.0.0.1:" + proxy.getPort();
    }

    /** Removes an uploaded object and returns its size, -1 if it is not there. */
    long take(String key) {
        BlobMetadata blob = storage.getBlobStore().blobMetadata(BUCKET, key);
        storage.getBlobStore().removeBlob(BUCKET, key);
        return blob == null ? -1 : blob.getSize();
    }

    @Override
    public void close() throws Exception {
        try {
            proxy.stop();
        } finally {
            storage.close();
        }
    }
}
