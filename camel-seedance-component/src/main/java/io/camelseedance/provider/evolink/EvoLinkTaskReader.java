package io.camelseedance.provider.evolink;

import com.fasterxml.jackson.databind.JsonNode;

import io.camelseedance.api.TaskInfo;
import io.camelseedance.api.TaskStatus;
import io.camelseedance.api.Usage;
import io.camelseedance.api.VideoOutput;
import io.camelseedance.api.VideoTask;
import io.camelseedance.provider.ErrorBody;
import io.camelseedance.provider.StatusWords;

import static io.camelseedance.provider.JsonSupport.bool;
import static io.camelseedance.provider.JsonSupport.epochSeconds;
import static io.camelseedance.provider.JsonSupport.integer;
import static io.camelseedance.provider.JsonSupport.object;
import static io.camelseedance.provider.JsonSupport.text;

/**
 * Reads an EvoLink task object ({@code video.generation.task}), the same shape whether it answers a create, a get
 * or comes to a callback URL. The video is {@code results[0]}; EvoLink's own tools also read
 * {@code result_data[0].video_url} and {@code output.video_url}, so those are read where {@code results} is missing.
 */
final class EvoLinkTaskReader {

    private final String provider;

    EvoLinkTaskReader(String provider) {
        this.provider = provider;
    }

    VideoTask read(JsonNode t, String raw) {
        TaskStatus status = StatusWords.GATEWAY.status(text(t, "status"));
        String video = videoUrl(t);
        VideoOutput output = video == null && status != TaskStatus.SUCCEEDED
                ? VideoOutput.NONE
                : VideoOutput.builder()
                        .videoUrl(video)
                        .duration(integer(object(t, "task_info"), "video_duration"))
                        .build();
        return VideoTask.builder()
                .id(text(t, "id"))
                .provider(provider)
                .model(text(t, "model"))
                .status(status)
                .progress(integer(t, "progress"))
                .output(output)
                .error(ErrorBody.gatewayTaskError(t.get("error")))
                .createdAt(epochSeconds(t, "created"))
                .usage(usage(t.get("usage")))
                .taskInfo(taskInfo(t.get("task_info")))
                .raw(raw)
                .build();
    }

    // EvoLink bills in credits, reserved at create
    private static Usage usage(JsonNode usage) {
        JsonNode credits = usage != null ? usage.get("credits_reserved") : null;
        return credits != null && credits.isNumber() ? Usage.ofCredits(credits.asDouble()) : null;
    }

    private static TaskInfo taskInfo(JsonNode info) {
        if (info == null || !info.isObject()) {
            return null;
        }
        return new TaskInfo(bool(info, "can_cancel"), integer(info, "estimated_time"));
    }

    private static String videoUrl(JsonNode t) {
        JsonNode results = t.get("results");
        if (results != null && results.isArray() && !results.isEmpty()) {
            return results.get(0).asText();
        }
        JsonNode resultData = t.get("result_data");
        if (resultData != null && resultData.isArray() && !resultData.isEmpty()) {
            return text(resultData.get(0), "video_url");
        }
        return text(object(t, "output"), "video_url");
    }
}
