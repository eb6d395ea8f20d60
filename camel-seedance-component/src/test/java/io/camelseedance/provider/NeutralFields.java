package io.camelseedance.provider;

import java.util.Arrays;

import io.camelseedance.api.VideoRequest;

/**
 * Sets one neutral field that asks a provider for something, by a short name, for the tests of what each provider
 * cannot express: each {@link RequestField} by its field name, plus a few values some providers refuse.
 */
public final class NeutralFields {

    private NeutralFields() {
    }

    /** Sets the named field (or case) on {@code b} to a value that asks for something. */
    public static VideoRequest.Builder set(VideoRequest.Builder b, String field) {
        return Arrays.stream(RequestField.values()).filter(f -> f.field().equals(field)).findFirst()
                .map(f -> ask(b, f)).orElseGet(() -> switch (field) {
                    case "autoDuration" -> b.duration(-1);
                    case "1080p" -> b.resolution("1080p");
                    case "dataImage" -> b.firstFrame("data:image/png;base64,AAAA");
                    case "assetVideo" -> b.video("asset://my-video");
                    case "assetAudio" -> b.video("https://example.com/v.mp4").audio("asset://a");
                    default -> throw new IllegalArgumentException("no neutral field case " + field);
                });
    }

    /** Sets {@code field} on {@code b} to a value that asks for something. */
    public static VideoRequest.Builder ask(VideoRequest.Builder b, RequestField field) {
        // no default: a RequestField added without an example here does not compile
        return switch (field) {
            case FRAMES -> b.frames(121);
            case SEED -> b.seed(42L);
            case CAMERA_FIXED -> b.cameraFixed(true);
            case WATERMARK -> b.watermark(true);
            case RETURN_LAST_FRAME -> b.returnLastFrame(true);
            case VIDEOS -> b.video("https://example.com/v.mp4");
            case AUDIOS -> b.video("https://example.com/v.mp4").audio("https://example.com/a.mp3");
            case DRAFT_TASK_ID -> b.prompt(null).draftTaskId("cgt-1");
            case DRAFT -> b.draft(true);
            case SERVICE_TIER -> b.serviceTier("flex");
            case EXECUTION_EXPIRES_AFTER -> b.executionExpiresAfter(3600);
            case PRIORITY -> b.priority(1);
            case SAFETY_IDENTIFIER -> b.safetyIdentifier("u");
            case TOOLS -> b.tool("web_search");
            case OUTPUT_FORMAT -> b.outputFormat("mov");
            case TASK_TYPE -> b.taskType("auto");
            case CALLBACK_URL -> b.callbackUrl("https://my.host/cb");
        };
    }
}
