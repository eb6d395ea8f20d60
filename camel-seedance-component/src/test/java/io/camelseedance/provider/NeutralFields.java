package io.camelseedance.provider;

import io.camelseedance.api.VideoRequest;

/**
 * Sets one neutral field that asks a provider for something, by a short name, for the tests of what each provider
 * cannot express.
 */
public final class NeutralFields {

    private NeutralFields() {
    }

    /** Sets the named field on {@code b} to a value that asks for something. */
    public static VideoRequest.Builder set(VideoRequest.Builder b, String field) {
        return switch (field) {
            case "frames" -> b.frames(121);
            case "seed" -> b.seed(42L);
            case "cameraFixed" -> b.cameraFixed(true);
            case "watermark" -> b.watermark(true);
            case "serviceTier" -> b.serviceTier("flex");
            case "executionExpiresAfter" -> b.executionExpiresAfter(3600);
            case "priority" -> b.priority(1);
            case "safetyIdentifier" -> b.safetyIdentifier("u");
            case "draft" -> b.draft(true);
            case "draftTaskId" -> b.prompt(null).draftTaskId("cgt-1");
            case "outputFormat" -> b.outputFormat("mov");
            case "taskType" -> b.taskType("auto");
            case "returnLastFrame" -> b.returnLastFrame(true);
            case "videos" -> b.video("https://example.com/v.mp4");
            case "audios" -> b.video("https://example.com/v.mp4").audio("https://example.com/a.mp3");
            case "tools" -> b.tool("web_search");
            case "callbackUrl" -> b.callbackUrl("https://my.host/cb");
            case "autoDuration" -> b.duration(-1);
            case "1080p" -> b.resolution("1080p");
            case "dataImage" -> b.firstFrame("data:image/png;base64,AAAA");
            case "assetVideo" -> b.video("asset://my-video");
            case "assetAudio" -> b.video("https://example.com/v.mp4").audio("asset://a");
            default -> throw new IllegalArgumentException("no neutral field case " + field);
        };
    }
}
