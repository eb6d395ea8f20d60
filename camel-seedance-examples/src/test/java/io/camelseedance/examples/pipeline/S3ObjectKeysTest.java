package io.camelseedance.examples.pipeline;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The documented key layout: prefix/day/task id/input name, and the last frame beside the video. */
class S3ObjectKeysTest {

    private static final String TASK = "cgt-20250101-abcde";

    private final S3ObjectKeys keys = new S3ObjectKeys();

    S3ObjectKeysTest() {
        keys.setClock(Clock.fixed(Instant.parse("2025-01-01T23:59:59Z"), ZoneOffset.UTC));
    }

    @Test
    void oneFolderPerTaskUnderTheDayItWasUploaded() {
        String video = keys.video("fox.txt", TASK);

        assertThat(video).isEqualTo("videos/2025-01-01/cgt-20250101-abcde/fox.mp4");
        assertThat(keys.lastFrame(video)).isEqualTo("videos/2025-01-01/cgt-20250101-abcde/last-frame.png");
    }

    @Test
    void thePrefixMayBeEmptyOrCarrySlashes() {
        keys.setPrefix("/teams/marketing/");
        assertThat(keys.video("fox.txt", TASK)).startsWith("teams/marketing/2025-01-01/");
        keys.setPrefix("");
        assertThat(keys.video("fox.txt", TASK)).startsWith("2025-01-01/");
    }

    @Test
    void namesNeedNoEncoding() {
        assertThat(keys.video("Füchse im Schnee (1).txt", TASK)).endsWith("/F-chse-im-Schnee--1-.mp4");
        assertThat(keys.video("..txt", TASK)).endsWith("/video.mp4");
    }
}
