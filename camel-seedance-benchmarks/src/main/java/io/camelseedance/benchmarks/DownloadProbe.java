package io.camelseedance.benchmarks;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.apache.camel.component.aws2.s3.AWS2S3Component;
import org.apache.camel.component.aws2.s3.AWS2S3Constants;
import org.apache.camel.impl.DefaultCamelContext;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

import io.camelseedance.component.SeedanceComponent;

/**
 * Measurement 5, one side per JVM (run under {@code -Xmx64m}): a video of N bytes from the simulator to a file, the
 * whole way a user would do it: create, wait (polls every 50 ms), download. {@code camel}:
 * {@code seedance:generate?waitForCompletion=true&download=true&downloadDirectory=...}. {@code raw}: JDK
 * {@code HttpClient} POST, GET until succeeded, then {@code BodyHandlers.ofFile} (with the component's open options).
 * Reports MB/s over the whole exchange and over the transfer alone (from the moment the file being written appears in
 * the directory, seen through the file system's change notification, to the end), and the heap: peak used (sampled
 * every 5 ms) and peak left after a collection. These are the heap's figures and the whole JVM's; the transfer's
 * target ratio is {@link TransferProbe}'s, both sides in one JVM.
 * <p>
 * {@code camel-s3} and {@code raw-s3}: the same video streamed into an S3 upload instead (S3Proxy, run by the driver):
 * the component's body stream into camel-aws2-s3, or {@code HttpClient}'s into the AWS SDK's {@code putObject}; MB/s
 * over the whole exchange and the heap.
 * <p>
 * Arguments: {@code camel|raw|camel-s3|raw-s3 arkBaseUrl bytes directory [s3Endpoint]}.
 */
public final class DownloadProbe {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DownloadProbe() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        String ark = args[1];
        long bytes = Long.parseLong(args[2]);
        Path directory = Files.createDirectories(Path.of(args[3]));
        String prompt = "dl [sim:queue=0] [sim:render=0] [sim:videoBytes=" + bytes + "]";
        AtomicLong peakUsed = new AtomicLong();
        AtomicLong peakAfterGc = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peakUsed.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(),
                        Math::max);
                peakAfterGc.accumulateAndGet(afterLastGc(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        Path file;
        long started;
        long elapsed;
        if (mode.endsWith("-s3")) {
            URI s3 = URI.create(args[4]);
            // S3Proxy answers 501 to the trailing checksums the AWS SDK sends by default
            System.setProperty("aws.requestChecksumCalculation", "WHEN_REQUIRED");
            resetPeaks();
            sampler.start();
            started = System.nanoTime();
            String key = mode.startsWith("camel") ? camelToS3(ark, prompt, s3) : rawToS3(ark, prompt, s3);
            elapsed = System.nanoTime() - started;
            sampler.interrupt();
            Bench.report("s3.key", key);
            report(bytes, elapsed, peakUsed, peakAfterGc);
            System.exit(0);
        }
        if (mode.equals("camel")) {
            DefaultCamelContext context = new DefaultCamelContext();
            SeedanceComponent seedance = Bench.component(ark);
            seedance.getConfiguration().setPollDelay(50);
            seedance.getConfiguration().setPollMaxDelay(50);
            seedance.setTrackerTick(20);
            context.addComponent("seedance", seedance);
            context.start();
            String uri = "seedance:generate?waitForCompletion=true&download=true&downloadDirectory="
                    + directory.toAbsolutePath();
            resetPeaks();
            sampler.start();
            TransferStart transfer = TransferStart.watch(directory);
            started = System.nanoTime();
            Exchange out = context.createProducerTemplate().request(uri, e -> e.getMessage().setBody(prompt));
            long ended = System.nanoTime();
            elapsed = ended - started;
            if (out.getException() != null) {
                throw out.getException();
            }
            file = out.getMessage().getBody(File.class).toPath();
            Bench.report("download.onlyMBps",
                    String.format("%.1f", bytes / 1048576.0 / ((ended - transfer.startedAt()) / 1e9)));
            context.stop();
        } else {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            resetPeaks();
            sampler.start();
            started = System.nanoTime();
            JsonNode task = createAndWait(http, ark, prompt);
            String id = task.get("id").asText();
            // timed the same way as the component: from the file's creation (the headers are in) to its end
            TransferStart transfer = TransferStart.watch(directory);
            file = http.send(HttpRequest.newBuilder(URI.create(task.path("content").path("video_url").asText()))
                    .GET().build(),
                    HttpResponse.BodyHandlers.ofFile(directory.resolve(id + ".mp4"),
                            StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE))
                    .body();
            long ended = System.nanoTime();
            elapsed = ended - started;
            Bench.report("download.onlyMBps",
                    String.format("%.1f", bytes / 1048576.0 / ((ended - transfer.startedAt()) / 1e9)));
        }
        sampler.interrupt();
        long size = Files.size(file);
        Files.delete(file);
        if (size != bytes) {
            throw new IllegalStateException("downloaded " + size + " bytes, expected " + bytes);
        }
        report(bytes, elapsed, peakUsed, peakAfterGc);
        System.exit(0);
    }

    private static void report(long bytes, long elapsed, AtomicLong peakUsed, AtomicLong peakAfterGc) {
        Bench.report("download.bytes", bytes);
        Bench.report("download.seconds", String.format("%.2f", elapsed / 1e9));
        Bench.report("download.MBps", String.format("%.1f", bytes / 1048576.0 / (elapsed / 1e9)));
        Bench.report("heap.maxMB", String.format("%.1f", Runtime.getRuntime().maxMemory() / 1048576.0));
        Bench.report("heap.peakUsedMB", String.format("%.1f", peakUsed.get() / 1048576.0));
        Bench.report("heap.peakAfterGcMB", String.format("%.1f",
                Math.max(peakAfterGc.get(), afterLastGc()) / 1048576.0));
    }

    /** Create, wait (a GET every 50 ms) with a bare {@code HttpClient}; returns the finished task. */
    static JsonNode createAndWait(HttpClient http, String ark, String prompt) throws Exception {
        String tasks = ark + "/contents/generations/tasks";
        String body = JSON.createObjectNode().put("model", Bench.MODEL).set("content", JSON.createArrayNode()
                .add(JSON.createObjectNode().put("type", "text").put("text", prompt))).toString();
        String id = JSON.readTree(http.send(request(tasks).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString()).body()).get("id").asText();
        while (true) {
            JsonNode task = JSON.readTree(http.send(request(tasks + "/" + id).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            if (task.path("status").asText().equals("succeeded")) {
                return task;
            }
            Thread.sleep(50);
        }
    }

    /**
     * The component's way to S3: the video streamed from the download into camel-aws2-s3's upload (the component
     * sets the length header the upload needs to stream). Returns the object's key.
     */
    private static String camelToS3(String ark, String prompt, URI s3) throws Exception {
        DefaultCamelContext context = new DefaultCamelContext();
        SeedanceComponent seedance = Bench.component(ark);
        seedance.getConfiguration().setPollDelay(50);
        seedance.getConfiguration().setPollMaxDelay(50);
        seedance.setTrackerTick(20);
        context.addComponent("seedance", seedance);
        AWS2S3Component aws = new AWS2S3Component();
        aws.getConfiguration().setUriEndpointOverride(s3.toString());
        aws.getConfiguration().setOverrideEndpoint(true);
        aws.getConfiguration().setForcePathStyle(true);
        aws.getConfiguration().setAccessKey(S3Sink.ACCESS_KEY);
        aws.getConfiguration().setSecretKey(S3Sink.SECRET_KEY);
        aws.getConfiguration().setRegion(S3Sink.REGION);
        context.addComponent("aws2-s3", aws);
        context.start();
        Exchange out = context.createProducerTemplate().request(
                "seedance:generate?waitForCompletion=true&download=true",
                e -> e.getMessage().setBody(prompt));
        if (out.getException() != null) {
            throw out.getException();
        }
        String key = out.getMessage().getHeader("CamelSeedanceTaskId", String.class) + ".mp4";
        out.getMessage().setHeader(AWS2S3Constants.KEY, key);
        Exchange uploaded = context.createProducerTemplate().send("aws2-s3://" + S3Sink.BUCKET, out);
        if (uploaded.getException() != null) {
            throw uploaded.getException();
        }
        context.stop();
        return key;
    }

    /** The same by hand: {@code HttpClient} body as a stream into the AWS SDK's {@code putObject}. */
    private static String rawToS3(String ark, String prompt, URI s3) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        JsonNode task = createAndWait(http, ark, prompt);
        String key = task.get("id").asText() + ".mp4";
        HttpResponse<java.io.InputStream> video = http.send(HttpRequest.newBuilder(
                URI.create(task.path("content").path("video_url").asText())).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        long length = video.headers().firstValueAsLong("Content-Length").orElseThrow();
        try (S3Client client = S3Client.builder().endpointOverride(s3).forcePathStyle(true)
                .region(Region.of(S3Sink.REGION)).credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(S3Sink.ACCESS_KEY, S3Sink.SECRET_KEY)))
                .build(); java.io.InputStream body = video.body()) {
            client.putObject(PutObjectRequest.builder().bucket(S3Sink.BUCKET).key(key).contentLength(length).build(),
                    RequestBody.fromInputStream(body, length));
        }
        return key;
    }

    private static HttpRequest.Builder request(String uri) {
        return HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + Bench.KEY).header("Content-Type", "application/json");
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    /** The heap left after the last collection, summed over the heap pools (what the transfer holds). */
    private static long afterLastGc() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage after = pool.getCollectionUsage();
            if (pool.getType() == MemoryType.HEAP && after != null) {
                sum += after.getUsed();
            }
        }
        return sum;
    }
}
