package io.camelseedance.provider.apimart;

import com.fasterxml.jackson.databind.JsonNode;

import io.camelseedance.api.TaskStatus;
import io.camelseedance.api.VideoOutput;
import io.camelseedance.api.VideoTask;
import io.camelseedance.provider.ErrorBody;
import io.camelseedance.provider.StatusWords;

import static io.camelseedance.provider.JsonSupport.epochSeconds;
import static io.camelseedance.provider.JsonSupport.integer;
import static io.camelseedance.provider.JsonSupport.object;
import static io.camelseedance.provider.JsonSupport.text;

/**
 * Reads the {@code data} of an APIMart task: the video at {@code result.videos[0].url[0]}. APIMart does not document
 * where the last frame of {@code return_last_frame} appears; it is read beside the video, at
 * {@code result.images[0].url[0]}, or from {@code result.last_frame_url}.
 */
final class ApiMartTaskReader {

    /** The gateway words, and {@code submitted}, the status of a task APIMart has just accepted. */
    static final StatusWords STATUS = StatusWords.GATEWAY.with("submitted", TaskStatus.QUEUED);

    private final String provider;

    ApiMartTaskReader(String provider) {
        this.provider = provider;
    }

    VideoTask read(JsonNode data, String raw) {
        JsonNode result = object(data, "result");
        String video = firstUrl(result.get("videos"));
        String lastFrame = firstUrl(result.get("images"));
        VideoOutput output = video == null
                ? VideoOutput.NONE
                : VideoOutput.builder()
                        .videoUrl(video)
                        .lastFrameUrl(lastFrame != null ? lastFrame : text(result, "last_frame_url"))
                        .build();
        return VideoTask.builder()
                .id(text(data, "id"))
                .provider(provider)
                .status(STATUS.status(text(data, "status")))
                .progress(integer(data, "progress"))
                .output(output)
                .error(ErrorBody.gatewayTaskError(data.get("error")))
                .createdAt(epochSeconds(data, "created"))
                .updatedAt(epochSeconds(data, "completed"))
                .raw(raw)
                .build();
    }

    /** {@code media[0].url[0]}, or {@code media[0].url} where the URL is not in a list. */
    private static String firstUrl(JsonNode media) {
        if (media == null || !media.isArray() || media.isEmpty()) {
            return null;
        }
        JsonNode url = media.get(0).get("url");
        if (url != null && url.isArray()) {
            return url.isEmpty() ? null : url.get(0).asText();
        }
        return url == null || url.isNull() ? null : url.asText();
    }
}
