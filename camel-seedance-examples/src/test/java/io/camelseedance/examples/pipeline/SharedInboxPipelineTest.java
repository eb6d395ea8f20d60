package io.camelseedance.examples.pipeline;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.component.file.FileConsumer;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.main.Main;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

import io.camelseedance.component.PostgresDatabase;
import io.camelseedance.component.SeedanceConstants;
import io.camelseedance.examples.PipelineDsl;
import io.camelseedance.examples.standin.LocalStandIns;
import io.camelseedance.tracking.CreateIntents;
import io.camelseedance.tracking.JdbcTaskStore;
import io.camelseedance.tracking.TrackerKey;
import io.camelseedance.tracking.TrackingPolicy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of the pipeline, one in each DSL, watch one inbox and share one PostgreSQL: every file is processed by
 * one of them, and a file claimed by an instance that died is taken over once its claim's lease ends, adopting the
 * task that instance had created instead of creating another.
 */
class SharedInboxPipelineTest {

    private static final String CREATE_PATH = "/api/v3/contents/generations/tasks";
    private static final String BUCKET = "seedance-videos";
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final long LEASE_MILLIS = 2000;

    @RegisterExtension
    static final PostgresDatabase DB = new PostgresDatabase();

    @TempDir
    Path dir;

    private LocalStandIns standIns;
    private Path inbox;
    private Main java;
    private Main yaml;

    @BeforeEach
    void startTwoInstances() throws Exception {
        standIns = LocalStandIns.in(dir)
                .simulator(Duration.ofMillis(200), Duration.ofMillis(800), Duration.ofMillis(100))
                .s3().smtp().start();
        inbox = dir.resolve("inbox");
        Files.createDirectories(inbox);
        Map<String, String> properties = new LinkedHashMap<>(standIns.properties());
        properties.put("pipeline.inbox", inbox.toString());
        properties.put("pipeline.inbox.poll", "100");
        properties.put("pipeline.inbox.settle", "300");
        properties.put("pipeline.inbox.lease", String.valueOf(LEASE_MILLIS));
        properties.put("camel.component.seedance.poll-max-delay", "200");
        properties.put("camel.component.seedance.task-lease", "2s");
        properties.put("pipeline.watch.enabled", "false");
        properties.put("pipeline.store.jdbc-url", DB.jdbcUrl());
        properties.put("pipeline.store.user", DB.user());
        properties.put("pipeline.store.password", DB.password());
        java = PipelineDsl.JAVA.newMain(properties);
        yaml = PipelineDsl.YAML.newMain(properties);
        java.start();
        yaml.start();
    }

    @AfterEach
    void stopAll() throws Exception {
        for (AutoCloseable c : new AutoCloseable[]{java::stop, yaml::stop, standIns}) {
            if (c != null) {
                c.close();
            }
        }
    }

    @Test
    void everyFileOfASharedInboxIsProcessedOnceByOneOfTheInstances() throws Exception {
        int files = 20;
        IntStream.range(0, files).forEach(i -> drop("clip-" + i + ".txt", "A paper boat number " + i));

        await().atMost(PATIENCE).until(() -> done().size() == files);

        assertThat(creates()).hasSize(files);
        for (int i = 0; i < files; i++) {
            String prompt = "A paper boat number " + i + "\"";
            assertThat(creates()).filteredOn(body -> body.contains(prompt)).as(prompt).hasSize(1);
        }
        assertThat(videosInS3()).hasSize(files);
        await().atMost(PATIENCE).until(() -> readyMails().size() == files);
        assertThat(readyMails()).doesNotHaveDuplicates();
        assertThat(failed()).isEmpty();
        assertThat(DB.rows("seedance_task")).isZero();
    }

    @Test
    void aFileClaimedByAnInstanceThatDiedIsTakenOverAndAdoptsItsTask() throws Exception {
        Path staged = dir.resolve("orphan.txt");
        Files.writeString(staged, "An orphaned kite over the dunes", StandardCharsets.UTF_8);
        String claimKey = claimKey(staged);
        // the instance that "died": it claimed the file and created its task, then was never heard of again
        InboxClaims dead = new InboxClaims(DB.dataSource(), Duration.ofMillis(LEASE_MILLIS), "dead-instance");
        assertThat(dead.add(claimKey)).isTrue();
        java.getCamelContext().createProducerTemplate().send("seedance:generate?model={{seedance.model}}", e -> {
            e.getMessage().setHeader(SeedanceConstants.PROMPT, "An orphaned kite over the dunes");
            e.getMessage().setHeader(SeedanceConstants.SUBMISSION_KEY, InboxClaims.submissionKey(claimKey));
        });
        assertThat(creates()).hasSize(1);

        Files.move(staged, inbox.resolve("orphan.txt"), StandardCopyOption.ATOMIC_MOVE);

        await().atMost(PATIENCE).until(() -> done().contains("orphan.txt"));
        assertThat(creates()).as("the task the dead instance created is adopted, not paid for again").hasSize(1);
        assertThat(videosInS3()).hasSize(1).first().asString().endsWith("/orphan.mp4");
        await().atMost(PATIENCE).until(() -> readyMails().size() == 1);
    }

    @Test
    void aFileWhoseInstanceDiedWithItsCreateOnTheWireIsTakenOverAndAdoptsTheTaskTheCreateMade() throws Exception {
        Path staged = dir.resolve("cut-off.txt");
        Files.writeString(staged, "A kite cut loose over the dunes", StandardCharsets.UTF_8);
        String claimKey = claimKey(staged);
        String submissionKey = InboxClaims.submissionKey(claimKey);
        // the instance that "died": it claimed the file and the key, recorded its create's intent and sent it; the
        // provider made the task, and the answer never reached the instance's store
        InboxClaims dead = new InboxClaims(DB.dataSource(), Duration.ofMillis(LEASE_MILLIS), "dead-instance");
        assertThat(dead.add(claimKey)).isTrue();
        JdbcTaskStore deadStore = new JdbcTaskStore(DB.dataSource(), Duration.ofMillis(LEASE_MILLIS), "dead-instance");
        TrackerKey account = TrackerKey.of("byteplus", standIns.simulator().orElseThrow().baseUrl("byteplus"),
                LocalStandIns.SIMULATOR_KEY);
        deadStore.submissions().claim(account, submissionKey);
        new CreateIntents(deadStore, null).intend(account, LocalStandIns.SIMULATOR_MODEL,
                new TrackingPolicy(Instant.now().plusSeconds(600), Duration.ofMillis(100), Duration.ofMillis(200)),
                false, submissionKey);
        java.getCamelContext().createProducerTemplate().send("seedance:generate?model={{seedance.model}}",
                e -> e.getMessage().setHeader(SeedanceConstants.PROMPT, "A kite cut loose over the dunes"));
        assertThat(creates()).hasSize(1);

        Files.move(staged, inbox.resolve("cut-off.txt"), StandardCopyOption.ATOMIC_MOVE);

        await().atMost(PATIENCE).until(() -> done().contains("cut-off.txt") || failed().contains("cut-off.txt"));
        assertThat(failed()).as("not kept as lost: the survivor found the task").isEmpty();
        assertThat(creates()).as("the task the dead instance's create made is adopted, not paid for again").hasSize(1);
        assertThat(videosInS3()).hasSize(1).first().asString().endsWith("/cut-off.mp4");
    }

    /** The claim key the pipeline's file consumer computes for a file, evaluated the way it does. */
    private String claimKey(Path file) {
        CamelContext context = java.getCamelContext();
        GenericFile<File> generic = FileConsumer.asGenericFile(file.getParent().toString(), file.toFile(),
                null, false);
        Exchange exchange = new DefaultExchange(context);
        generic.bindToExchange(exchange);
        return context.resolveLanguage("simple").createExpression(InboxClaims.KEY).evaluate(exchange, String.class);
    }

    private void drop(String name, String prompt) {
        try {
            Path hidden = inbox.resolve("." + name + ".part");
            Files.writeString(hidden, prompt, StandardCharsets.UTF_8);
            Files.move(hidden, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> done() throws IOException {
        return fileNames(inbox.resolve(InboxFiles.DONE));
    }

    private List<String> failed() throws IOException {
        return fileNames(inbox.resolve(InboxFiles.FAILED));
    }

    private static List<String> fileNames(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (var files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

    private List<String> creates() {
        return standIns.simulator().orElseThrow().requests("POST", CREATE_PATH).stream()
                .map(r -> r.body()).toList();
    }

    private List<String> videosInS3() {
        try (S3Client s3 = standIns.s3().orElseThrow().client()) {
            return s3.listObjectsV2Paginator(b -> b.bucket(BUCKET)).contents().stream().map(S3Object::key)
                    .filter(k -> k.endsWith(".mp4")).toList();
        }
    }

    private List<String> readyMails() throws MessagingException {
        List<String> subjects = new ArrayList<>();
        for (MimeMessage m : standIns.smtp().orElseThrow().messages()) {
            if (m.getSubject().startsWith("Video ready: ")) {
                subjects.add(m.getSubject());
            }
        }
        return subjects;
    }
}
