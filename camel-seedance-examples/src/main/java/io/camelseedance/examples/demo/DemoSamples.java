package io.camelseedance.examples.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The sample inputs bundled with the demo (under {@code demo-inputs/} on the classpath): a text prompt, a JSON request
 * with a first and a last frame, an image with its prompt, and a request that is rejected on purpose to show what
 * {@code failed/} holds.
 */
public final class DemoSamples {

    /** The inputs, each of which ends in one video or one rejection. */
    public static final List<String> INPUTS = List.of("a-fox-in-the-snow.txt", "night-to-morning.json",
            "lighthouse.png", "rejected-on-purpose.json");

    /** Every file dropped: the inputs, and the prompt that goes with the image. */
    private static final List<String> FILES = List.of("a-fox-in-the-snow.txt", "night-to-morning.json",
            "lighthouse.txt", "lighthouse.png", "rejected-on-purpose.json");

    private DemoSamples() {
    }

    /**
     * Drops the samples into the inbox. Each is written under a hidden name and then renamed, as a careful dropper
     * does, so the pipeline never sees half a file.
     */
    public static void dropInto(Path inbox) throws IOException {
        Files.createDirectories(inbox);
        for (String name : FILES) {
            Path hidden = inbox.resolve("." + name + ".part");
            try (InputStream in = DemoSamples.class.getResourceAsStream("/demo-inputs/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("Missing bundled sample demo-inputs/" + name);
                }
                Files.copy(in, hidden, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(hidden, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
