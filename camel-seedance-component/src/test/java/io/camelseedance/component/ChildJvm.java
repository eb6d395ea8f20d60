package io.camelseedance.component;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a test's instance in a JVM of its own (the test's class path, 256 MB of heap), so that the test can kill it
 * (SIGKILL) as a crash would; its output goes to {@code log}, kept for a look after a failure.
 */
final class ChildJvm {

    private ChildJvm() {
    }

    static Process start(Class<?> main, Path log, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(args);
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }
}
