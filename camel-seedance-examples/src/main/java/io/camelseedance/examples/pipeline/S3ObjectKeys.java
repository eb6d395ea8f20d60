package io.camelseedance.examples.pipeline;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.apache.camel.Body;
import org.apache.camel.ExchangeProperty;

import io.camelseedance.api.VideoTask;

/**
 * Where a finished video lands in the bucket: one folder per task, under the day (UTC) it was submitted, named after
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

    public String video(@ExchangeProperty(PipelineProperties.SOURCE) String source, @Body VideoTask task) {
        return folder(task) + safe(InboxFiles.stem(source)) + ".mp4";
    }

    public String lastFrame(@Body VideoTask task) {
        return folder(task) + "last-frame.png";
    }

    private String folder(VideoTask task) {
        Instant day = task.createdAt() != null ? task.createdAt() : Instant.now();
        String base = prefix.isEmpty() ? "" : prefix + "/";
        return base + DAY.format(day) + "/" + safe(task.id()) + "/";
    }

    private static String safe(String name) {
        String cleaned = name.replaceAll("[^A-Za-z0-9._-]", "-");
        return cleaned.isEmpty() || cleaned.chars().allMatch(c -> c == '.') ? "video" : cleaned;
    }

    /** The folder every key starts with, without slashes at either end; empty for the bucket's root. */
    public void setPrefix(String prefix) {
        this.prefix = prefix.replaceAll("^/+|/+$", "");
    }
}
