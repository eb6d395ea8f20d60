package io.camelseedance.examples.pipeline;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.apache.camel.component.file.GenericFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Which inbox files are taken now, on a fixed clock. */
class InboxFileFilterTest {

    private static final Instant NOW = Instant.parse("2025-01-01T12:00:00Z");

    @TempDir
    Path inbox;

    private final InboxFileFilter filter = new InboxFileFilter();

    InboxFileFilterTest() {
        filter.setSettle(1000);
        filter.setClock(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void aFileIsTakenOnlyOnceItHasRested() throws Exception {
        assertThat(filter.accept(file("fox.txt", 999))).isFalse();
        assertThat(filter.accept(file("fox.txt", 1000))).isTrue();
    }

    @Test
    void aPromptBesideAnImageWaitsForTheImage() throws Exception {
        file("cat.PNG", 5000);
        assertThat(filter.accept(file("cat.txt", 5000))).isFalse();
        assertThat(filter.accept(file("cat.PNG", 5000))).isTrue();
    }

    @Test
    void filesOfOtherTypesAreTakenToBeRejected() throws Exception {
        assertThat(filter.accept(file("notes.pdf", 5000))).isTrue();
    }

    private GenericFile<File> file(String name, long ageMillis) throws Exception {
        Path path = inbox.resolve(name);
        if (!Files.exists(path)) {
            Files.writeString(path, "x");
        }
        GenericFile<File> file = new GenericFile<>();
        file.setFile(path.toFile());
        file.setFileNameOnly(name);
        file.setFileName(name);
        file.setAbsoluteFilePath(path.toString());
        file.setLastModified(NOW.toEpochMilli() - ageMillis);
        return file;
    }
}
