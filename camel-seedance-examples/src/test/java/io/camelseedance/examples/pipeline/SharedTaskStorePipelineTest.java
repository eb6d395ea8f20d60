package io.camelseedance.examples.pipeline;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import io.camelseedance.component.PostgresDatabase;
import io.camelseedance.component.SeedanceComponent;
import io.camelseedance.examples.PipelineDsl;
import io.camelseedance.examples.standin.LocalStandIns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The YAML pipeline with {@code pipeline.store.*} set keeps the component's tasks in that PostgreSQL: the component is
 * given a pool to it, the store's tables are made there, and a file still becomes a video.
 */
class SharedTaskStorePipelineTest {

    @RegisterExtension
    static final PostgresDatabase DB = new PostgresDatabase();

    @TempDir
    Path dir;

    @Test
    void theStoreSettingsGiveTheComponentItsTaskStore() throws Exception {
        try (LocalStandIns standIns = LocalStandIns.in(dir)
                .simulator(Duration.ofMillis(100), Duration.ofMillis(300), Duration.ofMillis(100))
                .s3().smtp().start()) {
            Path inbox = dir.resolve("inbox");
            Map<String, String> properties = new LinkedHashMap<>(standIns.properties());
            properties.put("pipeline.inbox", inbox.toString());
            properties.put("pipeline.inbox.poll", "100");
            properties.put("pipeline.inbox.settle", "300");
            properties.put("camel.component.seedance.poll-max-delay", "200");
            properties.put("pipeline.store.jdbc-url", DB.jdbcUrl());
            properties.put("pipeline.store.user", DB.user());
            properties.put("pipeline.store.password", DB.password());
            Main main = PipelineDsl.YAML.newMain(properties);
            main.start();
            try {
                assertThat(main.getCamelContext().getComponent("seedance", SeedanceComponent.class)
                        .getTaskStoreDataSource()).isNotNull();
                Files.createDirectories(inbox);
                Path hidden = inbox.resolve(".cat.txt.part");
                Files.writeString(hidden, "A cat naps in the sun", StandardCharsets.UTF_8);
                Files.move(hidden, inbox.resolve("cat.txt"), StandardCopyOption.ATOMIC_MOVE);

                await().atMost(Duration.ofSeconds(30))
                        .until(() -> Files.exists(inbox.resolve(InboxFiles.DONE).resolve("cat.txt")));
                // the task went through the shared store's table, and left it when it ended
                assertThat(DB.rows("seedance_task")).isZero();
            } finally {
                main.stop();
            }
        }
    }
}
