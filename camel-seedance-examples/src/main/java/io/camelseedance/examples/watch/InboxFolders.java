package io.camelseedance.examples.watch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.camelseedance.examples.pipeline.InboxFiles;
import io.camelseedance.examples.pipeline.RejectionNote;

/**
 * The inputs as the inbox's folders hold them: in the inbox itself (not finished yet), in {@code done/}, in
 * {@code failed/} with the reason the pipeline wrote beside each. A prompt that travels with an image is part of the
 * image's input, not one of its own; hidden files (a drop under way), Camel's lock files and the reasons are not
 * inputs either.
 */
final class InboxFolders {

    private static final String LOCK_SUFFIX = ".camelLock";

    /** A file in one of the folders, and when it was last modified. */
    record InboxFile(String name, Instant modified) {
    }

    /** A file in {@code failed/}: when it was rejected, why, and the task, if one was created. */
    record RejectedFile(String name, Instant rejectedAt, String reason, String taskId) {
    }

    private final Path inbox;

    InboxFolders(Path inbox) {
        this.inbox = inbox;
    }

    /** The inputs still in the inbox: waiting, or being worked on. */
    List<InboxFile> unfinished() {
        return inputs(inbox);
    }

    List<InboxFile> done() {
        return inputs(inbox.resolve(InboxFiles.DONE));
    }

    List<RejectedFile> rejected() {
        Path failed = inbox.resolve(InboxFiles.FAILED);
        List<RejectedFile> rejected = new ArrayList<>();
        for (InboxFile file : inputs(failed)) {
            Path note = failed.resolve(file.name() + InboxFiles.REASON_SUFFIX);
            String text = read(note);
            rejected.add(new RejectedFile(file.name(), text == null ? file.modified() : modified(note),
                    text == null ? "no reason was written" : RejectionNote.reasonIn(text),
                    text == null ? null : RejectionNote.taskIn(text)));
        }
        return rejected;
    }

    private static List<InboxFile> inputs(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<InboxFile> inputs = new ArrayList<>();
            for (Path file : files.filter(InboxFolders::isInput).toList()) {
                Instant modified = modified(file);
                if (modified != null) {
                    inputs.add(new InboxFile(file.getFileName().toString(), modified));
                }
            }
            return inputs;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder, e);
        }
    }

    private static boolean isInput(Path file) {
        String name = file.getFileName().toString();
        return !name.startsWith(".") && !name.endsWith(LOCK_SUFFIX) && !name.endsWith(InboxFiles.REASON_SUFFIX)
                && Files.isRegularFile(file) && !InboxFiles.travelsWithImage(file);
    }

    /** When the file was last modified; {@code null} when it has just moved away. */
    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return null;
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }
}
