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

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps in-flight tasks and unemitted outcomes as one JSON file each under a directory, so they survive a crash of
 * the JVM. A file is written beside its final name, forced to disk, then renamed over it: a reader sees the old
 * entry or the new one, never half of one.
 */
public final class FileTaskStore extends ShelvedTaskStore {

    private static final Logger LOG = LoggerFactory.getLogger(FileTaskStore.class);

    public FileTaskStore(Path directory) {
        super(new FileShelf<>(directory.resolve("in-flight"), TrackedTask.class),
                new FileShelf<>(directory.resolve("outcomes"), TrackedOutcome.class),
                new FileShelf<>(directory.resolve("intents"), CreateIntent.class),
                new FileShelf<>(directory.resolve("ledgers"), SpendLedger.class),
                new FileShelf<>(directory.resolve("submissions"), LocalSubmissionKeys.KeyedCreate.class));
    }

    private static final class FileShelf<T> implements Shelf<T> {
        private final Path dir;
        private final Class<T> type;

        FileShelf(Path dir, Class<T> type) {
            this.dir = dir;
            this.type = type;
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create the task store directory " + dir, e);
            }
        }

        private Path file(String taskId) {
            if (!taskId.matches("[A-Za-z0-9._:-]+")) {
                throw new IllegalArgumentException("Not a task id: " + taskId);
            }
            return dir.resolve(taskId + ".json");
        }

        @Override
        public void put(String taskId, T entry) {
            Path temp = dir.resolve(taskId + ".json.tmp");
            try {
                try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING)) {
                    channel.write(ByteBuffer.wrap(TaskJson.bytes(entry)));
                    channel.force(true);
                }
                try {
                    Files.move(temp, file(taskId), StandardCopyOption.ATOMIC_MOVE,
                            StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file(taskId), StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot store task " + taskId, e);
            }
        }

        @Override
        public void remove(String taskId) {
            try {
                Files.deleteIfExists(file(taskId));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot remove task " + taskId + " from the store", e);
            }
        }

        @Override
        public Collection<T> all() {
            List<T> entries = new ArrayList<>();
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(f -> f.getFileName().toString().endsWith(".json")).forEach(f -> {
                    try {
                        entries.add(TaskJson.read(Files.readAllBytes(f), type));
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
}
