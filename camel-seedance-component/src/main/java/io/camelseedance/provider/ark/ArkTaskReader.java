package io.camelseedance.provider.ark;

import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

import io.camelseedance.api.TaskError;
import io.camelseedance.api.TaskSettings;
import io.camelseedance.api.TaskStatus;
import io.camelseedance.api.Usage;
import io.camelseedance.api.VideoOutput;
import io.camelseedance.api.VideoTask;

import static io.camelseedance.provider.JsonSupport.bool;
import static io.camelseedance.provider.JsonSupport.epochSeconds;
import static io.camelseedance.provider.JsonSupport.integer;
import static io.camelseedance.provider.JsonSupport.longValue;
import static io.camelseedance.provider.JsonSupport.object;
import static io.camelseedance.provider.JsonSupport.text;

/**
 * Reads an Ark task object, as returned by get and list and pushed to callback URLs, and as resellers embed it
 * (Ace Data Cloud). Queued and running tasks carry only a subset of the fields, so every field is optional.
 */
public final class ArkTaskReader {

    private final String provider;

    public ArkTaskReader(String provider) {
        this.provider = provider;
    }

    public VideoTask read(JsonNode t, String raw) {
        JsonNode content = object(t, "content");
        JsonNode usage = t.get("usage");
        JsonNode error = t.get("error");
        return VideoTask.builder()
                .id(text(t, "id"))
                .provider(provider)
                .model(text(t, "model"))
                .status(status(text(t, "status")))
                .progress(integer(t, "progress"))
                .output(VideoOutput.builder()
                        .videoUrl(text(content, "video_url"))
                        .lastFrameUrl(text(content, "last_frame_url"))
                        .resolution(text(t, "resolution"))
                        .ratio(text(t, "ratio"))
                        .duration(integer(t, "duration"))
                        .frames(integer(t, "frames"))
                        .framesPerSecond(integer(t, "framespersecond"))
                        .seed(longValue(t, "seed"))
                        .build())
                .error(error != null && error.isObject()
                        ? TaskError.of(text(error, "code"), text(error, "message"))
                        : null)
                .usage(usage != null && usage.isObject()
                        ? new Usage(longValue(usage, "completion_tokens"), longValue(usage, "total_tokens"),
                                integer(object(usage, "tool_usage"), "web_search"))
                        : null)
                .createdAt(epochSeconds(t, "created_at"))
                .updatedAt(epochSeconds(t, "updated_at"))
                .settings(new TaskSettings(text(t, "service_tier"), integer(t, "execution_expires_after"),
                        bool(t, "generate_audio"), bool(t, "draft"), integer(t, "priority"),
                        text(t, "safety_identifier"), text(t, "revised_prompt")))
                .raw(raw)
                .build();
    }

    /** Ark's status words; a word it does not know is {@link TaskStatus#UNKNOWN}, never an end. */
    public static TaskStatus status(String word) {
        if (word == null) {
            return TaskStatus.UNKNOWN;
        }
        switch (word.toLowerCase(Locale.ROOT)) {
            case "queued":
                return TaskStatus.QUEUED;
            case "running":
            case "processing": // Ark-compatible gateways
                return TaskStatus.RUNNING;
            case "succeeded":
                return TaskStatus.SUCCEEDED;
            case "failed":
                return TaskStatus.FAILED;
            case "cancelled":
                return TaskStatus.CANCELLED;
            case "expired":
                return TaskStatus.EXPIRED;
            default:
                return TaskStatus.UNKNOWN;
        }
    }
}
