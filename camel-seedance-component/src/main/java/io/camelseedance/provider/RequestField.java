package io.camelseedance.provider;

import java.util.function.Predicate;

import io.camelseedance.api.SeedanceValidationException.Violation;
import io.camelseedance.api.VideoRequest;

/**
 * The neutral request fields that not every provider's wire format can carry, each with how to tell whether a request
 * uses it. A dialect lists the ones it lacks ({@link UnsupportedFields#lacking}), and a request that sets any of
 * them is refused before it is sent: a field silently dropped would be paid for and not delivered.
 */
public enum RequestField {

    FRAMES("frames", "a frame count", r -> r.frames() != null),
    SEED("seed", "a seed", r -> r.seed() != null),
    CAMERA_FIXED("cameraFixed", "a fixed camera switch", r -> r.cameraFixed() != null),
    WATERMARK("watermark", "a watermark switch", r -> r.watermark() != null),
    RETURN_LAST_FRAME("returnLastFrame", "a last frame request", r -> r.returnLastFrame() != null),
    VIDEOS("videos", "reference videos", r -> !r.videos().isEmpty()),
    AUDIOS("audios", "reference audios", r -> !r.audios().isEmpty()),
    DRAFT_TASK_ID("draftTaskId", "a draft task to render", r -> r.draftTaskId() != null),
    DRAFT("draft", "draft mode", r -> r.draft() != null),
    SERVICE_TIER("serviceTier", "a service tier", r -> r.serviceTier() != null),
    EXECUTION_EXPIRES_AFTER("executionExpiresAfter", "an execution deadline", r -> r.executionExpiresAfter() != null),
    PRIORITY("priority", "a queue priority", r -> r.priority() != null),
    SAFETY_IDENTIFIER("safetyIdentifier", "a safety identifier", r -> r.safetyIdentifier() != null),
    TOOLS("tools", "tools", r -> !r.tools().isEmpty()),
    OUTPUT_FORMAT("outputFormat", "an output format", r -> r.outputFormat() != null),
    TASK_TYPE("taskType", "a task type", r -> r.taskType() != null),
    CALLBACK_URL("callbackUrl", "a callback URL", r -> r.callbackUrl() != null);

    private final String field;
    private final String what;
    private final Predicate<VideoRequest> used;

    RequestField(String field, String what, Predicate<VideoRequest> used) {
        this.field = field;
        this.what = what;
        this.used = used;
    }

    /** The neutral field name, as in violations and request maps. */
    public String field() {
        return field;
    }

    public boolean isUsedBy(VideoRequest request) {
        return used.test(request);
    }

    /** "{provider} cannot send {what}", e.g. {@code acedata cannot send reference videos}. */
    public Violation violation(String provider) {
        return new Violation(field, provider + " cannot send " + what);
    }
}
