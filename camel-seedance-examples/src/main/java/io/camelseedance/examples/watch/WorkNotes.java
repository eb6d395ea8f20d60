package io.camelseedance.examples.watch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The inbox's {@value #FOLDER} folder: one JSON {@link WorkNote} per file an instance is working on, named
 * {@code <input name>.json}. Written beside the final name and renamed over it, so a reader sees a whole note or the
 * one before. The file consumer does not look into the inbox's folders, so the notes are never taken as input.
 */
public final class WorkNotes {

    public static final String FOLDER = "working";
    private static final String SUFFIX = ".json";

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Path folder;

    public WorkNotes(Path inbox) {
        this.folder = inbox.resolve(FOLDER);
    }

    public void write(WorkNote note) {
        Path target = file(note.source());
        Path temp = folder.resolve("." + target.getFileName() + ".tmp");
        try {
            Files.createDirectories(folder);
            Files.write(temp, JSON.writeValueAsBytes(note));
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the work note of " + note.source(), e);
        }
    }

    public void delete(String source) {
        try {
            Files.deleteIfExists(file(source));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the work note of " + source, e);
        }
    }

    /** Every note; one that cannot be read (being replaced, or not a note) is left out. */
    public List<WorkNote> all() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<WorkNote> notes = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).toList()) {
                try {
                    notes.add(JSON.readValue(f.toFile(), WorkNote.class));
                } catch (IOException e) {
                    // deleted since the listing, or not a note: nothing to show
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the work notes in " + folder, e);
        }
        return notes;
    }

    private Path file(String source) {
        Path file = folder.resolve(source + SUFFIX);
        if (!folder.equals(file.getParent())) {
            throw new IllegalArgumentException("Not an inbox file name: " + source);
        }
        return file;
    }
}
