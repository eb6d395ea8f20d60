package io.camelseedance.client;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 200 MB video downloaded by a JVM whose whole heap is 64 MB, both as a stream and to a file: it can only pass if
 * neither way holds the video in memory. The download runs in a child JVM ({@link LargeDownloadProbe}) because the
 * heap limit must apply to it and not to the test runner.
 * <p>
 * To run it alone: {@code ./mvnw -B -q -pl camel-seedance-component -am test
 * -Dtest=VideoDownloaderLargeFileTest -Dsurefire.failIfNoSpecifiedTests=false}; the figures are printed.
 */
class VideoDownloaderLargeFileTest {

    private static final long VIDEO_BYTES = 209_715_200L;
    private static final String HEAP_LIMIT = "-Xmx64m";
    /*
     * The sampled peak counts garbage not yet collected, so it depends on how large a young generation the collector
     * picks, and the JVM picks its collector by machine size: G1 lets eden take ~38 MB of a 64 MB heap and samples
     * near 48 MB even though only ~11 MB survive each collection. The serial collector keeps the figure the same on
     * every machine; the heap left after collections is the collector-independent measure of what is held.
     */
    private static final String COLLECTOR = "-XX:+UseSerialGC";
    private static final long PEAK_USED_BOUND = 48L << 20;
    private static final long PEAK_AFTER_GC_BOUND = 16L << 20;
    private static final String PREFIX = "probe ";

    @TempDir
    Path directory;

    @Test
    void aVideoOf200MegabytesIsDownloadedBothWaysUnderA64MegabyteHeap() throws Exception {
        Path output = directory.resolve("child.log");
        Path downloads = Files.createDirectory(directory.resolve("downloads"));
        Process child = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                HEAP_LIMIT,
                COLLECTOR,
                "-cp", System.getProperty("java.class.path"),
                LargeDownloadProbe.class.getName(),
                Long.toString(VIDEO_BYTES),
                downloads.toString()))
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();

        boolean ended = child.waitFor(90, TimeUnit.SECONDS);
        if (!ended) {
            child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        String log = Files.readString(output);
        Map<String, String> figures = figures(log);
        System.out.println("Large download in a " + HEAP_LIMIT + " " + COLLECTOR + " JVM: " + figures);

        assertThat(ended).as("the child JVM ended within 90 s; its output:%n%s", log).isTrue();
        assertThat(child.exitValue()).as("the child's exit status; its output:%n%s", log).isZero();
        assertThat(figures).containsEntry("open.bytes", Long.toString(VIDEO_BYTES))
                .containsEntry("open.contentLength", Long.toString(VIDEO_BYTES))
                .containsEntry("open.ftyp", "true")
                .containsEntry("toFile.bytes", Long.toString(VIDEO_BYTES));
        assertThat(Long.parseLong(figures.get("heap.peakUsed"))).as("peak heap used, bytes")
                .isLessThan(PEAK_USED_BOUND);
        assertThat(Long.parseLong(figures.get("heap.peakAfterGc"))).as("peak heap left after a collection, bytes")
                .isLessThan(PEAK_AFTER_GC_BOUND);
        assertThat(downloadsLeft(downloads)).isEmpty();
    }

    private static Map<String, String> figures(String log) {
        Map<String, String> figures = new LinkedHashMap<>();
        log.lines().filter(line -> line.startsWith(PREFIX)).map(line -> line.substring(PREFIX.length()))
                .forEach(line -> figures.put(line.substring(0, line.indexOf('=')),
                        line.substring(line.indexOf('=') + 1)));
        return figures;
    }

    private static List<Path> downloadsLeft(Path downloads) throws IOException {
        try (var files = Files.list(downloads)) {
            return files.toList();
        }
    }
}
