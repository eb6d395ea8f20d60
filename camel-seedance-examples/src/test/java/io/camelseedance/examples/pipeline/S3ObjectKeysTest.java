package io.camelseedance.examples.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.camelseedance.api.TaskStatus;
import io.camelseedance.api.VideoTask;

/** The documented key layout: prefix/day/task id/input name. */
class S3ObjectKeysTest {

    private static final VideoTask TASK = new VideoTask("cgt-20250101-abcde", "byteplus", "m", TaskStatus.SUCCEEDED,
            null, null, null, null, Instant.parse("2025-01-01T23:59:59Z"), null, null, null);

    private final S3ObjectKeys keys = new S3ObjectKeys();

    @Test
    void oneFolderPerTaskUnderTheDayItWasSubmitted() {
        assertThat(keys.video("fox.txt", TASK)).isEqualTo("videos/2025-01-01/cgt-20250101-abcde/fox.mp4");
        assertThat(keys.lastFrame(TASK)).isEqualTo("videos/2025-01-01/cgt-20250101-abcde/last-frame.png");
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
