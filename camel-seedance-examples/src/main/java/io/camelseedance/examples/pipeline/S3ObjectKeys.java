package io.camelseedance.examples.pipeline;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.apache.camel.ExchangeProperty;
import org.apache.camel.Header;

import io.camelseedance.component.SeedanceConstants;

/**
 * Where a finished video lands in the bucket: one folder per task, under the day (UTC) it was uploaded, named after
 * the inbox file it came from.
 *
 * <pre>
 * &lt;prefix&gt;/&lt;yyyy-MM-dd&gt;/&lt;task id&gt;/&lt;input name without extension&gt;.mp4
 * &lt;prefix&gt;/&lt;yyyy-MM-dd&gt;/&lt;task id&gt;/last-frame.png
 * </pre>
 *
 * The task id makes every key unique (two drops of {@code cat.txt} give two folders); the date keeps listings short;
 * the input's name tells a person which video is which. Characters other than letters, digits, {@code .-_} become
 * {@code -}, so a key needs no URL encoding.
 */
public class S3ObjectKeys {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private String prefix = "videos";
    private Clock clock = Clock.systemUTC();

    public String video(@ExchangeProperty(PipelineProperties.SOURCE) String source,
            @Header(SeedanceConstants.TASK_ID) String taskId) {
        return keyPrefix() + DAY.format(Instant.now(clock)) + "/" + safe(taskId) + "/" + safe(InboxFiles.stem(source))
                + ".mp4";
    }

    /** Beside the video, so both stay in one folder even across midnight. */
    public String lastFrame(@ExchangeProperty(PipelineProperties.VIDEO_KEY) String videoKey) {
        return videoKey.substring(0, videoKey.lastIndexOf('/') + 1) + "last-frame.png";
    }

    /** The task a video's key names: the folder it is in. */
    public static String taskIdOf(String videoKey) {
        String[] parts = videoKey.split("/");
        return parts.length >= 2 ? parts[parts.length - 2] : null;
    }

    /** What every key starts with: the prefix and a slash, or nothing for the bucket's root. */
    public String keyPrefix() {
        return prefix.isEmpty() ? "" : prefix + "/";
    }

    private static String safe(String name) {
        String cleaned = name.replaceAll("[^A-Za-z0-9._-]", "-");
        return cleaned.isEmpty() || cleaned.chars().allMatch(c -> c == '.') ? "video" : cleaned;
    }

    /** The folder every key starts with, without slashes at either end; empty for the bucket's root. */
    public void setPrefix(String prefix) {
        this.prefix = prefix.replaceAll("^/+|/+$", "");
    }

    void setClock(Clock clock) {
        this.clock = clock;
    }
}
