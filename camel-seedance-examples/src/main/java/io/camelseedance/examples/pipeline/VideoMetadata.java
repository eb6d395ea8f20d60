package io.camelseedance.examples.pipeline;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.camel.ExchangeProperty;
import org.apache.camel.Header;

import io.camelseedance.component.SeedanceConstants;

/**
 * What the pipeline writes on each video object in S3 as user metadata ({@code x-amz-meta-*}): the inbox file it came
 * from, its task, and the length and size the task reported. Anyone who can read the bucket, such as the watch page
 * of any instance, learns where a video came from without the pipeline that made it.
 * <p>
 * S3 carries metadata as HTTP headers, which allow ASCII only: the input's name is percent-encoded (UTF-8).
 */
public class VideoMetadata {

    public static final String SOURCE = "source";
    public static final String TASK_ID = "task-id";
    public static final String MODEL = "model";
    public static final String DURATION = "duration";
    public static final String RESOLUTION = "resolution";
    public static final String RATIO = "ratio";

    public Map<String, String> of(@ExchangeProperty(PipelineProperties.SOURCE) String source,
            @Header(SeedanceConstants.TASK_ID) String taskId, @Header(SeedanceConstants.MODEL) String model,
            @Header(SeedanceConstants.DURATION) Integer duration,
            @Header(SeedanceConstants.RESOLUTION) String resolution, @Header(SeedanceConstants.RATIO) String ratio) {
        Map<String, String> metadata = new LinkedHashMap<>();
        put(metadata, SOURCE, source == null ? null : URLEncoder.encode(source, StandardCharsets.UTF_8));
        put(metadata, TASK_ID, taskId);
        put(metadata, MODEL, model);
        put(metadata, DURATION, duration == null ? null : duration.toString());
        put(metadata, RESOLUTION, resolution);
        put(metadata, RATIO, ratio);
        return metadata;
    }

    /** The input's name as written by {@link #of}, or {@code null} when the object does not say. */
    public static String source(Map<String, String> metadata) {
        String encoded = metadata.get(SOURCE);
        return encoded == null ? null : URLDecoder.decode(encoded, StandardCharsets.UTF_8);
    }

    private static void put(Map<String, String> metadata, String name, String value) {
        if (value != null && !value.isBlank()) {
            metadata.put(name, value);
        }
    }
}
