package io.camelseedance.examples.watch;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.slf4j.LoggerFactory;

import io.camelseedance.examples.PipelineDsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * The watch page in a real browser (headless Chromium): a file dropped in the inbox shows as waiting, then generating,
 * then done with its video, which plays and seeks in the page; a rejected file shows its reason. Skipped where no
 * browser is installed ({@link HeadlessChromium}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WatchPageBrowserTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** How long a dropped file is held waiting, so that the page, polling every second, sees it so. */
    private static final Duration HELD = Duration.ofMillis(2500);

    @TempDir
    static Path dir;

    private WatchedPipeline pipeline;
    private ChromeDriver browser;

    @BeforeAll
    void start() throws Exception {
        if (HeadlessChromium.missing().isPresent()) {
            // said once where a build's output shows it; each test then reports itself skipped for the same reason
            LoggerFactory.getLogger(WatchPageBrowserTest.class).warn("Skipping the watch page's browser test. {}",
                    HeadlessChromium.missing().get());
            return;
        }
        pipeline = WatchedPipeline.start(dir.resolve("pipeline"), PipelineDsl.JAVA);
        browser = HeadlessChromium.start(dir.resolve("chromium-profile"));
        browser.manage().timeouts().scriptTimeout(PATIENCE);
        browser.get(pipeline.pipelinePage().toString());
    }

    @BeforeEach
    void needsTheBrowser() {
        Assumptions.assumeTrue(browser != null, () -> HeadlessChromium.missing().orElse("The browser did not start"));
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    void aDroppedFileGoesFromWaitingToAVideoThatPlaysInThePage() throws Exception {
        pipeline.drop("kingfisher.txt", "A kingfisher dives into a clear stream", Instant.now().plus(HELD));

        await().atMost(PATIENCE).until(() -> "done".equals(rowData("kingfisher.txt", "state")));
        List<String> history = List.of(rowData("kingfisher.txt", "history").split(" "));
        assertThat(history).startsWith("waiting").contains("generating").endsWith("done");
        String key = pipeline.s3Keys().stream().filter(k -> k.endsWith("/kingfisher.mp4")).findFirst().orElseThrow();
        assertThat(rowText("kingfisher.txt", ".s3-key")).isEqualTo(key);
        assertThat(rowText("kingfisher.txt", ".task-id")).isEqualTo(key.split("/")[2]);
        // what the task reported, from the video's metadata in S3
        assertThat(rowText("kingfisher.txt", ".reported")).startsWith("5 s, 720p, 16:9");

        Map<String, Object> played = play("kingfisher.txt");
        assertThat(played.get("error")).isNull();
        assertThat(played.get("posterStatus")).isEqualTo(200L);
        assertThat((String) played.get("poster")).endsWith(URLEncoder.encode(key.replace("kingfisher.mp4",
                "last-frame.png"), StandardCharsets.UTF_8));
        assertThat(((Number) played.get("seekedTo")).doubleValue()).isCloseTo(1.0, within(0.1));
        // The simulator serves one fixed sample MP4 (2 s, 320x180) whatever the task asked, so the browser's view is
        // held against the file's own header; the task's reported 5 s, 720p are the row's text above.
        Mp4Facts mp4 = Mp4Facts.of(pipeline.s3Object(key));
        assertThat(((Number) played.get("duration")).doubleValue()).isCloseTo(mp4.seconds(), within(0.05));
        assertThat(played.get("videoWidth")).isEqualTo((long) mp4.width());
        assertThat(played.get("videoHeight")).isEqualTo((long) mp4.height());
        Files.write(dir.resolve("watch-page.png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void aRejectedFileShowsItsReason() throws Exception {
        pipeline.drop("raven.json", "{\"prompt\": \"A raven on a gatepost\", \"colour\": \"black\"}");

        await().atMost(PATIENCE).until(() -> "rejected".equals(rowData("raven.json", "state")));
        assertThat(rowText("raven.json", ".reason")).contains("colour: is not a request field");
        assertThat(rowText("raven.json", ".media")).isEqualTo("no video");
        assertThat(Integer.parseInt(browser.executeScript(
                "return document.querySelector('[data-total=rejected] .count').textContent").toString()))
                .isPositive();
    }

    /** A {@code data-} attribute of the input's row, or {@code null} while there is no row. */
    private String rowData(String name, String attribute) {
        return (String) browser.executeScript("const row = document.querySelector('[data-id=\"' + CSS.escape("
                + "arguments[0]) + '\"]'); return row ? row.dataset[arguments[1]] : null;", "input:" + name,
                attribute);
    }

    private String rowText(String name, String selector) {
        return (String) browser.executeScript("return document.querySelector('[data-id=\"' + CSS.escape(arguments[0])"
                + " + '\"] ' + arguments[1]).textContent;", "input:" + name, selector);
    }

    /**
     * Plays the row's video until it has shown a moment, then seeks to 1 s (which needs ranges), and reports what the
     * element knows of the video and whether its poster loads.
     */
    @SuppressWarnings("unchecked")
    private Map<String, Object> play(String name) {
        return (Map<String, Object>) browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const video = document.querySelector('[data-id="' + CSS.escape(arguments[0]) + '"] video');
                const fail = () => done({error: video.error ? video.error.code + ' ' + video.error.message : 'failed'});
                video.addEventListener('error', fail);
                const played = new Promise(resolve => {
                  const check = () => video.currentTime > 0 ? resolve() : setTimeout(check, 50);
                  check();
                });
                video.play().then(() => played).then(() => {
                  video.pause();
                  video.addEventListener('seeked', async () => {
                    const poster = await fetch(video.poster);
                    done({duration: video.duration, videoWidth: video.videoWidth, videoHeight: video.videoHeight,
                          seekedTo: video.currentTime, poster: video.poster, posterStatus: poster.status,
                          error: null});
                  }, {once: true});
                  video.currentTime = 1.0;
                }).catch(fail);
                """, "input:" + name);
    }
}
