package io.camelseedance.tracking;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.camelseedance.api.VideoTask;

/**
 * Keeps in-flight tasks and unemitted outcomes as one JSON file each under a directory, so they survive a crash of
 * the JVM. A file is written beside its final name, forced to disk, then renamed over it: a reader sees the old
 * entry or the new one, never half of one.
 */
public final class FileTaskStore implements TaskStore {

    private static final Logger LOG = LoggerFactory.getLogger(FileTaskStore.class);
    // derived accessors such as VideoTask.isTerminal() are written too; they are not read back
    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Path inFlightDir;
    private final Path outcomeDir;

    public FileTaskStore(Path directory) {
        this.inFlightDir = directory.resolve("in-flight");
        this.outcomeDir = directory.resolve("outcomes");
        try {
            Files.createDirectories(inFlightDir);
            Files.createDirectories(outcomeDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the task store under " + directory, e);
        }
    }

    @Override
    public void saveInFlight(TrackedTask task) {
        write(inFlightDir, task.id(), task);
    }

    @Override
    public void removeInFlight(String taskId) {
        delete(inFlightDir, taskId);
    }

    @Override
    public Collection<TrackedTask> inFlight() {
        return readAll(inFlightDir, TrackedTask.class);
    }

    @Override
    public void saveOutcome(VideoTask task) {
        write(outcomeDir, task.id(), task);
    }

    @Override
    public void removeOutcome(String taskId) {
        delete(outcomeDir, taskId);
    }

    @Override
    public Collection<VideoTask> outcomes() {
        return readAll(outcomeDir, VideoTask.class);
    }

    private static Path file(Path dir, String taskId) {
        if (!taskId.matches("[A-Za-z0-9._:-]+")) {
            throw new IllegalArgumentException("Not a task id: " + taskId);
        }
        return dir.resolve(taskId + ".json");
    }

    private static void write(Path dir, String taskId, Object value) {
        Path target = file(dir, taskId);
        Path temp = dir.resolve(taskId + ".json.tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                channel.write(ByteBuffer.wrap(MAPPER.writeValueAsBytes(value)));
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store task " + taskId, e);
        }
    }

    private static void delete(Path dir, String taskId) {
        try {
            Files.deleteIfExists(file(dir, taskId));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove task " + taskId + " from the store", e);
        }
    }

    private static <T> List<T> readAll(Path dir, Class<T> type) {
        List<T> entries = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(f -> f.getFileName().toString().endsWith(".json")).forEach(f -> {
                try {
                    entries.add(MAPPER.readValue(f.toFile(), type));
                } catch (IOException e) {
                    // one unreadable entry must not hide the others
                    LOG.warn("Skipping unreadable task store entry {}: {}", f, e.getMessage());
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the task store under " + dir, e);
        }
        return entries;
    }
}
