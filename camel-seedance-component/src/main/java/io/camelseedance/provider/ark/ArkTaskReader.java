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
                .output(output(content, t))
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
                .draftTaskId(text(t, "draft_task_id"))
                .raw(raw)
                .build();
    }

    /**
     * What a task produced, in Ark's field names: the URLs in {@code files} ({@code video_url},
     * {@code last_frame_url}), the resolved settings in {@code settings} ({@code resolution}, {@code ratio},
     * {@code duration}, {@code frames}, {@code framespersecond}, {@code seed}). Ark keeps the URLs in the task's
     * {@code content}; resellers (Ace Data Cloud) put all of them in one object.
     */
    public static VideoOutput output(JsonNode files, JsonNode settings) {
        return VideoOutput.builder()
                .videoUrl(text(files, "video_url"))
                .lastFrameUrl(text(files, "last_frame_url"))
                .resolution(text(settings, "resolution"))
                .ratio(text(settings, "ratio"))
                .duration(integer(settings, "duration"))
                .frames(integer(settings, "frames"))
                .framesPerSecond(integer(settings, "framespersecond"))
                .seed(longValue(settings, "seed"))
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
