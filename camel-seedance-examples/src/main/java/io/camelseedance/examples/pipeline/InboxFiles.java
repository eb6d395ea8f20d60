package io.camelseedance.examples.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the inbox holds and where its files go: prompts ({@code .txt}), requests ({@code .json}) and images
 * ({@code .png}, {@code .jpg}, {@code .jpeg}); an image may have a prompt of the same name beside it. Processed files
 * move to {@value #DONE}/, rejected ones to {@value #FAILED}/ with a {@code <name>.reason.txt} beside them.
 */
public final class InboxFiles {

    public static final String DONE = "done";
    public static final String FAILED = "failed";
    public static final String REASON_SUFFIX = ".reason.txt";

    private static final List<String> IMAGE_EXTENSIONS = List.of("png", "jpg", "jpeg");
    private static final String PROMPT_EXTENSION = "txt";

    private InboxFiles() {
    }

    public static boolean isImage(String fileName) {
        return IMAGE_EXTENSIONS.contains(extension(fileName));
    }

    public static boolean isPrompt(String fileName) {
        return PROMPT_EXTENSION.equals(extension(fileName));
    }

    /** Whether the file is a prompt that belongs to an image beside it, and so is not an input of its own. */
    public static boolean travelsWithImage(Path file) {
        return isPrompt(file.getFileName().toString()) && imageBeside(file).isPresent();
    }

    /** The prompt dropped beside an image ({@code cat.png} → {@code cat.txt}), if there is one. */
    public static Optional<Path> promptBeside(Path image) {
        return sibling(image, List.of(PROMPT_EXTENSION));
    }

    /** The image a prompt belongs to ({@code cat.txt} → {@code cat.png}, {@code cat.jpg} ...), if there is one. */
    public static Optional<Path> imageBeside(Path prompt) {
        return sibling(prompt, IMAGE_EXTENSIONS);
    }

    private static Optional<Path> sibling(Path file, List<String> extensions) {
        String stem = stem(file.getFileName().toString());
        // the extension's case is the dropper's choice (cat.PNG, cat.Txt): compare it case-insensitively
        try (var siblings = Files.list(file.toAbsolutePath().getParent())) {
            return siblings.filter(p -> !p.equals(file.toAbsolutePath()))
                    .filter(p -> stem(p.getFileName().toString()).equals(stem))
                    .filter(p -> extensions.contains(extension(p.getFileName().toString())))
                    .filter(Files::isRegularFile)
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The name without its extension: {@code cat.png} → {@code cat}. */
    public static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }
}
