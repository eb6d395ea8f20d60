package io.camelseedance.examples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo the README promises: the bundled samples run through the pipeline, and the summary tells the truth. */
class SeedanceDemoTest {

    @TempDir
    Path dir;

    @Test
    void theSamplesBecomeThreeVideosAndOneRejectionWithAMailEach() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        boolean complete = new SeedanceDemo(dir, PipelineDsl.JAVA, Optional.empty(),
                new PrintStream(printed, true, StandardCharsets.UTF_8)).run(false);
        String summary = printed.toString(StandardCharsets.UTF_8);

        assertThat(complete).isTrue();
        assertThat(summary)
                .contains("4 inputs: 3 videos in S3, 1 rejected")
                .contains("a-fox-in-the-snow.txt -> video", "night-to-morning.json -> video", "lighthouse.png -> video")
                .contains("rejected-on-purpose.json -> rejected", "colour: is not a request field")
                .contains("s3://seedance-videos/videos/")
                .contains("mail to you@example.com \"Video ready: lighthouse.png\"")
                .containsPattern("watch +http://127\\.0\\.0\\.1:\\d+/watch")
                .containsPattern("Watch page: http://127\\.0\\.0\\.1:\\d+/watch \\(closes as the demo ends");
        List<Path> copies = files(dir.resolve("videos"));
        assertThat(copies).hasSize(3);
        // each an MP4 showing its own prompt, so no two are alike
        List<byte[]> videos = copies.stream().map(SeedanceDemoTest::read).toList();
        assertThat(videos).allSatisfy(video -> assertThat(new String(video, 4, 4, StandardCharsets.US_ASCII))
                .isEqualTo("ftyp"));
        assertThat(videos.stream().map(Arrays::hashCode).distinct()).hasSize(3);
        assertThat(files(dir.resolve("mail"))).hasSize(4);
        assertThat(dir.resolve("inbox/done/lighthouse.txt")).exists();
        assertThat(dir.resolve("inbox/failed/rejected-on-purpose.json.reason.txt")).exists();
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> files(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
