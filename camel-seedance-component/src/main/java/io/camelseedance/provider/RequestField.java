package io.camelseedance.provider;

import io.camelseedance.api.NeutralField;
import io.camelseedance.api.SeedanceValidationException.Violation;
import io.camelseedance.api.VideoRequest;

/**
 * The neutral request fields ({@link NeutralField}) that not every provider's wire format can carry, each with what it
 * asks for, in words. A dialect lists the ones it lacks ({@link UnsupportedFields#lacking}), and a request that sets
 * any of them is refused before it is sent: a field silently dropped would be paid for and not delivered.
 */
public enum RequestField {

    FRAMES(NeutralField.FRAMES, "a frame count"),
    SEED(NeutralField.SEED, "a seed"),
    CAMERA_FIXED(NeutralField.CAMERA_FIXED, "a fixed camera switch"),
    WATERMARK(NeutralField.WATERMARK, "a watermark switch"),
    RETURN_LAST_FRAME(NeutralField.RETURN_LAST_FRAME, "a last frame request"),
    VIDEOS(NeutralField.VIDEOS, "reference videos"),
    AUDIOS(NeutralField.AUDIOS, "reference audios"),
    DRAFT_TASK_ID(NeutralField.DRAFT_TASK_ID, "a draft task to render"),
    DRAFT(NeutralField.DRAFT, "draft mode"),
    SERVICE_TIER(NeutralField.SERVICE_TIER, "a service tier"),
    EXECUTION_EXPIRES_AFTER(NeutralField.EXECUTION_EXPIRES_AFTER, "an execution deadline"),
    PRIORITY(NeutralField.PRIORITY, "a queue priority"),
    SAFETY_IDENTIFIER(NeutralField.SAFETY_IDENTIFIER, "a safety identifier"),
    TOOLS(NeutralField.TOOLS, "tools"),
    OUTPUT_FORMAT(NeutralField.OUTPUT_FORMAT, "an output format"),
    TASK_TYPE(NeutralField.TASK_TYPE, "a task type"),
    CALLBACK_URL(NeutralField.CALLBACK_URL, "a callback URL");

    private final NeutralField neutral;
    private final String what;

    RequestField(NeutralField neutral, String what) {
        this.neutral = neutral;
        this.what = what;
    }

    /** The field of the request this is. */
    public NeutralField neutral() {
        return neutral;
    }

    /** The neutral field name, as in violations and request maps. */
    public String field() {
        return neutral.fieldName();
    }

    public boolean isUsedBy(VideoRequest request) {
        return neutral.isSetIn(request);
    }

    /** "{provider} cannot send {what}", e.g. {@code acedata cannot send reference videos}. */
    public Violation violation(String provider) {
        return new Violation(field(), provider + " cannot send " + what);
    }
}
