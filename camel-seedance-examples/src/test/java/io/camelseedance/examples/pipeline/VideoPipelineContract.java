package io.camelseedance.examples.pipeline;

import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.mail.internet.MimeMessage;

import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;

import io.camelseedance.examples.PipelineDsl;
import io.camelseedance.examples.standin.LocalS3;
import io.camelseedance.examples.standin.LocalStandIns;
import io.camelseedance.simulator.RecordedRequest;
import io.camelseedance.simulator.SeedanceSimulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What each version of the pipeline must do, end to end over real protocols: files dropped in an inbox, the
 * Seedance simulator over HTTP, S3Proxy over the S3 API, GreenMail over SMTP and a webhook over HTTP; the simulator's
 * callbacks over HTTP too when the pipeline learns of finished tasks by callback. Every test drops files of its own
 * names into the one inbox of the class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class VideoPipelineContract {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String CREATE_PATH = "/api/v3/contents/generations/tasks";
    private static final String BUCKET = "seedance-videos";

    @TempDir
    static Path dir;

    private LocalStandIns standIns;
    private WebhookReceiver slack;
    private Main main;
    private Path inbox;

    abstract PipelineDsl dsl();

    abstract Completion completion();

    @BeforeAll
    void startPipeline() throws Exception {
        standIns = LocalStandIns.in(dir)
                .simulator(Duration.ofMillis(100), Duration.ofMillis(300), Duration.ofMillis(100))
                .s3().smtp().start();
        slack = WebhookReceiver.start();
        inbox = dir.resolve("inbox");
        Map<String, String> properties = new LinkedHashMap<>(standIns.properties());
        properties.put("pipeline.inbox", inbox.toString());
        properties.put("pipeline.inbox.poll", "100");
        properties.put("pipeline.inbox.settle", "300");
        properties.put("camel.component.seedance.poll-max-delay", "200");
        properties.put("pipeline.notify", "mail,slack");
        properties.put("pipeline.slack.webhook-url", slack.url());
        // the page has tests of its own (WatchPageTest); off, the pipeline opens a port only for callbacks
        properties.put("pipeline.watch.enabled", "false");
        properties.putAll(completion().settings());
        main = dsl().newMain(properties);
        main.start();
    }

    @AfterAll
    void stopPipeline() throws Exception {
        if (main != null) {
            main.stop();
        }
        if (slack != null) {
            slack.close();
        }
        if (standIns != null) {
            standIns.close();
        }
    }

    @Test
    void aPromptFileBecomesAVideoAndALastFrameInS3AndANotification() throws Exception {
        drop("fox.txt", "A red fox trots through fresh snow at dawn".getBytes(StandardCharsets.UTF_8));

        awaitIn(InboxFiles.DONE, "fox.txt");
        assertThat(inbox.resolve("fox.txt")).doesNotExist();
        assertThat(createsContaining("A red fox trots through fresh snow at dawn")).hasSize(1);

        String videoKey = s3Key("/fox.mp4");
        assertThat(videoKey).matches("videos/\\d{4}-\\d{2}-\\d{2}/cgt-[^/]+/fox\\.mp4");
        String lastFrameKey = videoKey.replace("fox.mp4", "last-frame.png");
        String taskId = videoKey.split("/")[2];
        try (S3Client s3 = s3Client()) {
            assertThat(s3.getObjectAsBytes(b -> b.bucket(BUCKET).key(videoKey)).asByteArray())
                    .isEqualTo(simulator().video(taskId).orElseThrow());
            HeadObjectResponse video = s3.headObject(b -> b.bucket(BUCKET).key(videoKey));
            assertThat(video.contentType()).isEqualTo("video/mp4");
            assertThat(VideoMetadata.source(video.metadata())).isEqualTo("fox.txt");
            assertThat(video.metadata()).containsEntry(VideoMetadata.TASK_ID, taskId)
                    .containsEntry(VideoMetadata.DURATION, "5").containsEntry(VideoMetadata.RESOLUTION, "720p");
            assertThat(s3.getObjectAsBytes(b -> b.bucket(BUCKET).key(lastFrameKey)).asByteArray())
                    .isEqualTo(simulator().lastFrame(taskId).orElseThrow());
        }

        MimeMessage mail = mail("Video ready: fox.txt");
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("you@example.com");
        assertThat(mail.getContent().toString())
                .contains("s3://" + BUCKET + "/" + videoKey)
                .contains("s3://" + BUCKET + "/" + lastFrameKey);
        await().atMost(PATIENCE).until(() -> slack.bodies().stream().anyMatch(b -> b.contains(videoKey)));
    }

    @Test
    void theEndOfTheTaskIsLearnedTheConfiguredWay() throws Exception {
        drop("owl.txt", "An owl glides over a moonlit field".getBytes(StandardCharsets.UTF_8));

        awaitIn(InboxFiles.DONE, "owl.txt");
        String taskId = s3Key("/owl.mp4").split("/")[2];
        RecordedRequest create = createsContaining("An owl glides over a moonlit field").get(0);
        await().atMost(PATIENCE).untilAsserted(() -> completion().assertLearned(simulator(), create, taskId));
        assertThat(mail("Video ready: owl.txt")).isNotNull();
    }

    @Test
    void anHttpServerServesCallbacksOnlyWhenTheyAreConfigured() {
        completion().assertServing(main.getCamelContext());
    }

    @Test
    void aNameOutsideAsciiReachesTheKeyAndTheMailIntact() throws Exception {
        drop("Füchse im Schnee.txt", "Zwei Füchse spielen im Schnee".getBytes(StandardCharsets.UTF_8));

        awaitIn(InboxFiles.DONE, "Füchse im Schnee.txt");
        assertThat(createsContaining("Zwei Füchse spielen im Schnee")).hasSize(1);
        String key = s3Key("/F-chse-im-Schnee.mp4");
        try (S3Client s3 = s3Client()) {
            assertThat(VideoMetadata.source(s3.headObject(b -> b.bucket(BUCKET).key(key)).metadata()))
                    .isEqualTo("Füchse im Schnee.txt");
        }
        assertThat(mail("Video ready: Füchse im Schnee.txt").getContent().toString())
                .contains("Your video from Füchse im Schnee.txt is ready", key);
    }

    @Test
    void aJsonRequestWithFirstAndLastFramesIsSentAsIs() throws Exception {
        String request = "{\"prompt\": \"The sun rises over a calm bay\", \"duration\": 4,"
                + " \"firstFrame\": \"" + TestImages.dataUrl("png", Color.BLUE) + "\","
                + " \"lastFrame\": \"" + TestImages.dataUrl("png", Color.ORANGE) + "\"}";
        drop("sunrise.json", request.getBytes(StandardCharsets.UTF_8));

        awaitIn(InboxFiles.DONE, "sunrise.json");
        assertThat(createsContaining("The sun rises over a calm bay")).singleElement().satisfies(create -> assertThat(
                create.body()).contains("\"first_frame\"", "\"last_frame\"", "\"duration\":4"));
        assertThat(s3Key("/sunrise.mp4")).isNotNull();
        assertThat(mail("Video ready: sunrise.json")).isNotNull();
    }

    @Test
    void anImageTakesTheSameNamePromptAndBothMoveToDone() throws Exception {
        byte[] image = TestImages.image("png", Color.GREEN);
        drop("lighthouse.txt", "A lighthouse beam sweeps the fog".getBytes(StandardCharsets.UTF_8));
        drop("lighthouse.png", image);

        awaitIn(InboxFiles.DONE, "lighthouse.png");
        assertThat(dir.resolve("inbox").resolve(InboxFiles.DONE).resolve("lighthouse.txt")).exists();
        assertThat(inbox.resolve("lighthouse.txt")).doesNotExist();
        assertThat(createsContaining("A lighthouse beam sweeps the fog")).singleElement()
                .satisfies(create -> assertThat(
                        create.body()).contains("data:image/png;base64," + Base64.getEncoder().encodeToString(image)));
        assertThat(s3Key("/lighthouse.mp4")).isNotNull();
    }

    @Test
    void anImageAloneIsTheFirstFrame() throws Exception {
        byte[] image = TestImages.image("jpg", Color.MAGENTA);
        drop("dog.jpg", image);

        awaitIn(InboxFiles.DONE, "dog.jpg");
        assertThat(createsContaining(Base64.getEncoder().encodeToString(image))).singleElement()
                .satisfies(create -> assertThat(create.body()).contains("data:image/jpeg;base64,"));
        assertThat(s3Key("/dog.mp4")).isNotNull();
    }

    @Test
    void anInvalidRequestIsRejectedBeforeAnythingIsSentWithTheFieldNamed() throws Exception {
        drop("bad.json", "{\"prompt\": \"A blue whale sings\", \"colour\": \"blue\"}".getBytes(StandardCharsets.UTF_8));

        String reason = reasonFor("bad.json");
        assertThat(reason).contains("bad.json was not turned into a video", "colour", "is not a request field");
        assertThat(createsContaining("A blue whale sings")).isEmpty();
        assertThat(mail("Video failed: bad.json").getContent().toString()).contains("colour");
    }

    @Test
    void aTaskThatFailsAtTheProviderIsRejectedWithItsCode() throws Exception {
        drop("storm.txt", "A storm at sea [sim:fail=OutputVideoSensitiveContentDetected]"
                .getBytes(StandardCharsets.UTF_8));

        String reason = reasonFor("storm.txt");
        assertThat(reason).contains("OutputVideoSensitiveContentDetected")
                .containsPattern("Task: +cgt-\\S+ \\(FAILED\\)");
        assertThat(s3Keys()).noneMatch(k -> k.endsWith("/storm.mp4"));
        assertThat(mail("Video failed: storm.txt")).isNotNull();
    }

    @Test
    void aFileOfAnotherTypeIsRejected() throws Exception {
        drop("notes.pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8));

        assertThat(reasonFor("notes.pdf"))
                .contains("notes.pdf is not a prompt (.txt), a request (.json) or an image (.png, .jpg)");
    }

    /** Writes a file the way a careful dropper does: under a hidden name first, then renamed into place. */
    private void drop(String name, byte[] content) throws Exception {
        Files.createDirectories(inbox);
        Path hidden = inbox.resolve("." + name + ".part");
        Files.write(hidden, content);
        Files.move(hidden, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    private void awaitIn(String folder, String name) {
        Path target = inbox.resolve(folder).resolve(name);
        await().atMost(PATIENCE).until(() -> Files.exists(target));
    }

    private String reasonFor(String name) throws Exception {
        awaitIn(InboxFiles.FAILED, name);
        Path reason = inbox.resolve(InboxFiles.FAILED).resolve(name + InboxFiles.REASON_SUFFIX);
        assertThat(reason).exists();
        return Files.readString(reason);
    }

    private List<RecordedRequest> createsContaining(String text) {
        return simulator().requests("POST", CREATE_PATH).stream()
                .filter(r -> r.body().contains(text)).toList();
    }

    private SeedanceSimulator simulator() {
        return standIns.simulator().orElseThrow();
    }

    private String s3Key(String suffix) {
        return s3Keys().stream().filter(k -> k.endsWith(suffix)).findFirst()
                .orElseThrow(() -> new AssertionError("no object ending with " + suffix + " in " + s3Keys()));
    }

    private List<String> s3Keys() {
        try (S3Client s3 = s3Client()) {
            return s3.listObjectsV2Paginator(b -> b.bucket(BUCKET)).contents().stream().map(S3Object::key).toList();
        }
    }

    private S3Client s3Client() {
        LocalS3 s3 = standIns.s3().orElseThrow();
        return s3.client();
    }

    private MimeMessage mail(String subject) {
        return await().atMost(PATIENCE).until(() -> standIns.smtp().orElseThrow().lastWithSubject(subject),
                Optional::isPresent).orElseThrow();
    }
}
