package io.camelseedance.catalog;

import java.util.stream.Stream;

import io.camelseedance.api.VideoRequest;

/**
 * One request that keeps each validation rule and one that breaks it, named by the rule. Plain Java, so any test
 * (unit or route) can feed them through its own path: every passing case is valid in strict mode against the shipped
 * catalog; every failing case breaks its rule and is reported on {@link Case#expectedField()}.
 */
public final class ValidationCases {

    public static final String SEEDANCE_2_0 = "dreamina-seedance-2-0-260128";
    public static final String SEEDANCE_2_0_VOLCENGINE = "doubao-seedance-2-0-260128";
    public static final String SEEDANCE_2_0_FAST = "dreamina-seedance-2-0-fast-260128";
    public static final String SEEDANCE_1_5_PRO = "seedance-1-5-pro-251215";
    public static final String SEEDANCE_1_0_PRO = "seedance-1-0-pro-250528";
    public static final String SEEDANCE_1_0_PRO_FAST = "seedance-1-0-pro-fast-251015";
    public static final String LITE_T2V = "doubao-seedance-1-0-lite-t2v-250428";
    public static final String LITE_I2V = "doubao-seedance-1-0-lite-i2v-250428";

    static final String IMAGE = "https://example.com/cat.png";
    static final String IMAGE_2 = "https://example.com/dog.png";
    static final String VIDEO = "https://example.com/clip.mp4";
    static final String AUDIO = "https://example.com/voice.mp3";
    static final String DRAFT_TASK = "cgt-20250831141439-sqmgf";

    /**
     * @param rule          the rule the case is about; a passing and a failing case share it
     * @param request       the request to validate
     * @param expectedField the field the violation names; {@code null} for passing cases
     * @param lenientToo    whether lenient mode refuses it too, rather than dropping the field with a warning
     */
    public record Case(String rule, VideoRequest request, String expectedField, boolean lenientToo) {
        @Override
        public String toString() {
            return rule;
        }
    }

    private ValidationCases() {
    }

    /** Requests that keep their rule: valid in strict mode. */
    public static Stream<Case> passing() {
        return Stream.of(
                // model-independent rules
                pass("model is required", prompt(SEEDANCE_2_0)),
                pass("model must be in the catalog (strict)", prompt(SEEDANCE_2_0_VOLCENGINE)),
                pass("frames is 25+4n in [29, 289]", prompt(SEEDANCE_1_0_PRO).frames(57)),
                pass("frames and duration are exclusive", prompt(SEEDANCE_1_0_PRO).duration(5)),
                pass("duration is -1 or at least 1", prompt(SEEDANCE_2_0).duration(-1)),
                pass("ratio is a known aspect ratio", prompt(SEEDANCE_2_0).ratio("21:9")),
                pass("resolution is 480p, 720p or 1080p", prompt(SEEDANCE_1_0_PRO).resolution("1080p")),
                pass("at most 9 images in total", references(prompt(SEEDANCE_2_0), 9)),
                pass("at most one first frame", prompt(SEEDANCE_1_0_PRO).firstFrame(IMAGE)),
                pass("at most one last frame", prompt(SEEDANCE_1_0_PRO).firstFrame(IMAGE).lastFrame(IMAGE_2)),
                pass("at most 3 videos", prompt(SEEDANCE_2_0).video(VIDEO).video(VIDEO).video(VIDEO)),
                pass("at most 3 audios",
                        prompt(SEEDANCE_2_0).referenceImage(IMAGE).audio(AUDIO).audio(AUDIO).audio(AUDIO)),
                pass("audio needs an image or a video", prompt(SEEDANCE_2_0).video(VIDEO).audio(AUDIO)),
                pass("a last frame needs a first frame",
                        prompt(SEEDANCE_2_0).firstFrame(IMAGE).lastFrame(IMAGE_2)),
                pass("first/last frames and references are different scenarios",
                        prompt(SEEDANCE_2_0).referenceImage(IMAGE).video(VIDEO).audio(AUDIO)),
                pass("something to generate from", model(SEEDANCE_2_0).firstFrame(IMAGE)),
                pass("something to generate from", model(SEEDANCE_2_0).video(VIDEO)),
                pass("draftTaskId stands alone", model(SEEDANCE_1_5_PRO).draftTaskId(DRAFT_TASK)),
                pass("executionExpiresAfter in [3600, 259200]",
                        prompt(SEEDANCE_2_0).executionExpiresAfter(259_200)),
                pass("priority in [0, 9]", prompt(SEEDANCE_2_0).priority(9)),
                pass("priority not with serviceTier flex", prompt(SEEDANCE_2_0).priority(5)),
                pass("serviceTier is default or flex", prompt(SEEDANCE_1_0_PRO).serviceTier("flex")),
                pass("safetyIdentifier at most 64 characters",
                        prompt(SEEDANCE_2_0).safetyIdentifier("u".repeat(64))),
                pass("seed in [-1, 4294967295]", prompt(SEEDANCE_1_0_PRO).seed(4_294_967_295L)),
                pass("tools only web_search", prompt(SEEDANCE_2_0_VOLCENGINE).tool("web_search")),
                pass("draft renders at 480p", prompt(SEEDANCE_1_5_PRO).draft(true).resolution("480p")),
                pass("draft without returnLastFrame",
                        prompt(SEEDANCE_1_5_PRO).draft(true).returnLastFrame(false)),
                pass("draft not with serviceTier flex",
                        prompt(SEEDANCE_1_5_PRO).draft(true).serviceTier("default")),
                pass("image URL is http(s), asset:// or data:image base64",
                        prompt(SEEDANCE_2_0).firstFrame("data:image/png;base64,iVBORw0KGgo=")),
                pass("image URL is http(s), asset:// or data:image base64",
                        prompt(SEEDANCE_2_0).referenceImage("asset://asset-20260101-abc")),
                pass("video URL is http(s) or asset://", prompt(SEEDANCE_2_0).video("asset://asset-20260101-xyz")),
                pass("audio URL is http(s) or asset://",
                        prompt(SEEDANCE_2_0).video(VIDEO).audio("http://example.com/voice.wav")),
                pass("cameraFixed not with reference images", prompt(SEEDANCE_1_0_PRO).cameraFixed(true)),
                // per-model rules
                pass("duration within [2, 12] on 1.0 Pro", prompt(SEEDANCE_1_0_PRO).duration(2)),
                pass("duration within [4, 12] or -1 on 1.5 Pro", prompt(SEEDANCE_1_5_PRO).duration(12)),
                pass("duration within [4, 12] or -1 on 1.5 Pro", prompt(SEEDANCE_1_5_PRO).duration(-1)),
                pass("duration within [4, 15] or -1 on 2.0", prompt(SEEDANCE_2_0_FAST).duration(15)),
                pass("duration -1 not on 1.0 models", prompt(SEEDANCE_1_0_PRO_FAST).duration(12)),
                pass("frames not on 1.5 Pro or 2.0", prompt(SEEDANCE_1_0_PRO_FAST).frames(289)),
                pass("resolution per model (no 1080p on 2.0 fast)", prompt(SEEDANCE_2_0_FAST).resolution("720p")),
                pass("adaptive ratio on 1.0 only with an image",
                        prompt(SEEDANCE_1_0_PRO).firstFrame(IMAGE).ratio("adaptive")),
                pass("adaptive ratio on 1.0 only with an image", prompt(SEEDANCE_1_5_PRO).ratio("adaptive")),
                pass("cameraFixed not on 2.0", prompt(SEEDANCE_1_5_PRO).cameraFixed(true)),
                pass("cameraFixed not on 2.0", prompt(SEEDANCE_2_0).cameraFixed(false)),
                pass("reference images only on 2.0", prompt(SEEDANCE_2_0_FAST).referenceImage(IMAGE)),
                pass("reference videos only on 2.0", prompt(SEEDANCE_2_0_FAST).video(VIDEO)),
                pass("reference audios only on 2.0", prompt(SEEDANCE_2_0_FAST).referenceImage(IMAGE).audio(AUDIO)),
                pass("last frame not on 1.0 Pro Fast", prompt(SEEDANCE_1_0_PRO_FAST).firstFrame(IMAGE)),
                pass("draft only on 1.5 Pro", prompt(SEEDANCE_1_5_PRO).draft(true)),
                pass("draft only on 1.5 Pro", prompt(SEEDANCE_2_0).draft(false)),
                pass("draftTaskId only on 1.5 Pro", model(SEEDANCE_1_5_PRO).draftTaskId(DRAFT_TASK)),
                pass("serviceTier not configurable on 2.0", prompt(SEEDANCE_1_5_PRO).serviceTier("flex")),
                pass("serviceTier not configurable on 2.0", prompt(SEEDANCE_2_0)),
                pass("priority only on 2.0", prompt(SEEDANCE_2_0_FAST).priority(0)),
                pass("web_search only on 2.0", prompt("doubao-seedance-2-0-fast-260128").tool("web_search")),
                pass("generateAudio only on 2.0 and 1.5 Pro", prompt(SEEDANCE_1_5_PRO).generateAudio(true)),
                pass("generateAudio only on 2.0 and 1.5 Pro", prompt(SEEDANCE_1_0_PRO).generateAudio(false)),
                // the Lite models of the Volcengine catalog and the relay format
                pass("lite-t2v is text only", prompt(LITE_T2V).resolution("480p").duration(10)),
                pass("lite-t2v is text only", prompt("seedance-1-0-lite-t2v-250428").frames(121)),
                pass("lite-i2v needs an image", prompt(LITE_I2V).firstFrame(IMAGE)),
                pass("lite-i2v needs an image", model(LITE_I2V).firstFrame(IMAGE).lastFrame(IMAGE_2)),
                pass("lite-i2v takes 1 to 4 reference images", references(prompt(LITE_I2V), 4)),
                pass("lite-i2v takes no videos", references(prompt(LITE_I2V), 1)),
                pass("lite models take no audio generation", prompt(LITE_I2V).firstFrame(IMAGE).generateAudio(false)));
    }

    /** Requests that break their rule: rejected in strict mode with a violation on the expected field. */
    public static Stream<Case> failing() {
        return Stream.of(
                // model-independent rules
                fail("model is required", VideoRequest.builder().prompt("a cat"), "model"),
                fail("model must be in the catalog (strict)", prompt("ep-20260101000000-abcde"), "model"),
                fail("frames is 25+4n in [29, 289]", prompt(SEEDANCE_1_0_PRO).frames(30), "frames"),
                // Ace Data Cloud refuses the pair in any mode; on Ark frames win, so lenient mode drops duration
                failStrictOnly("frames and duration are exclusive", prompt(SEEDANCE_1_0_PRO).frames(57).duration(5),
                        "frames"),
                fail("duration is -1 or at least 1", prompt(SEEDANCE_2_0).duration(0), "duration"),
                fail("ratio is a known aspect ratio", prompt(SEEDANCE_2_0).ratio("2:1"), "ratio"),
                fail("resolution is 480p, 720p or 1080p", prompt(SEEDANCE_2_0).resolution("4k"), "resolution"),
                fail("at most 9 images in total", references(prompt(SEEDANCE_2_0), 10), "images"),
                fail("at most one first frame", prompt(SEEDANCE_1_0_PRO).firstFrame(IMAGE).firstFrame(IMAGE_2),
                        "images"),
                fail("at most one last frame",
                        prompt(SEEDANCE_1_0_PRO).firstFrame(IMAGE).lastFrame(IMAGE_2).lastFrame(IMAGE), "images"),
                fail("at most 3 videos", prompt(SEEDANCE_2_0).video(VIDEO).video(VIDEO).video(VIDEO).video(VIDEO),
                        "videos"),
                fail("at most 3 audios",
                        prompt(SEEDANCE_2_0).referenceImage(IMAGE).audio(AUDIO).audio(AUDIO).audio(AUDIO).audio(AUDIO),
                        "audios"),
                fail("audio needs an image or a video", prompt(SEEDANCE_2_0).audio(AUDIO), "audios"),
                fail("a last frame needs a first frame", prompt(SEEDANCE_2_0).lastFrame(IMAGE), "images"),
                fail("first/last frames and references are different scenarios",
                        prompt(SEEDANCE_2_0).firstFrame(IMAGE).video(VIDEO), "images"),
                fail("something to generate from", model(SEEDANCE_2_0), "prompt"),
                fail("draftTaskId stands alone", prompt(SEEDANCE_1_5_PRO).draftTaskId(DRAFT_TASK), "draftTaskId"),
                fail("executionExpiresAfter in [3600, 259200]", prompt(SEEDANCE_2_0).executionExpiresAfter(3599),
                        "executionExpiresAfter"),
                fail("priority in [0, 9]", prompt(SEEDANCE_2_0).priority(10), "priority"),
                // lenient mode drops the tier 2.0 cannot take, and with it the clash
                failStrictOnly("priority not with serviceTier flex",
                        prompt(SEEDANCE_2_0).priority(5).serviceTier("flex"), "priority"),
                fail("serviceTier is default or flex", prompt(SEEDANCE_1_0_PRO).serviceTier("turbo"), "serviceTier"),
                fail("safetyIdentifier at most 64 characters",
                        prompt(SEEDANCE_2_0).safetyIdentifier("u".repeat(65)), "safetyIdentifier"),
                fail("seed in [-1, 4294967295]", prompt(SEEDANCE_1_0_PRO).seed(4_294_967_296L), "seed"),
                fail("tools only web_search", prompt(SEEDANCE_2_0).tool("code_interpreter"), "tools"),
                fail("draft renders at 480p", prompt(SEEDANCE_1_5_PRO).draft(true).resolution("720p"), "resolution"),
                fail("draft without returnLastFrame", prompt(SEEDANCE_1_5_PRO).draft(true).returnLastFrame(true),
                        "returnLastFrame"),
                fail("draft not with serviceTier flex", prompt(SEEDANCE_1_5_PRO).draft(true).serviceTier("flex"),
                        "serviceTier"),
                fail("image URL is http(s), asset:// or data:image base64",
                        prompt(SEEDANCE_2_0).firstFrame("ftp://example.com/cat.png"), "images"),
                fail("video URL is http(s) or asset://",
                        prompt(SEEDANCE_2_0).video("data:video/mp4;base64,AAAAIGZ0eXA="), "videos"),
                fail("audio URL is http(s) or asset://",
                        prompt(SEEDANCE_2_0).video(VIDEO).audio("s3://bucket/voice.mp3"), "audios"),
                fail("cameraFixed not with reference images",
                        prompt(SEEDANCE_2_0).referenceImage(IMAGE).cameraFixed(true), "cameraFixed"),
                // per-model rules
                fail("duration within [2, 12] on 1.0 Pro", prompt(SEEDANCE_1_0_PRO).duration(13), "duration"),
                fail("duration within [4, 12] or -1 on 1.5 Pro", prompt(SEEDANCE_1_5_PRO).duration(3), "duration"),
                fail("duration within [4, 15] or -1 on 2.0", prompt(SEEDANCE_2_0).duration(20), "duration"),
                fail("duration -1 not on 1.0 models", prompt(SEEDANCE_1_0_PRO_FAST).duration(-1), "duration"),
                fail("frames not on 1.5 Pro or 2.0", prompt(SEEDANCE_1_5_PRO).frames(121), "frames"),
                fail("resolution per model (no 1080p on 2.0 fast)", prompt(SEEDANCE_2_0_FAST).resolution("1080p"),
                        "resolution"),
                fail("adaptive ratio on 1.0 only with an image", prompt(SEEDANCE_1_0_PRO).ratio("adaptive"), "ratio"),
                fail("cameraFixed not on 2.0", prompt(SEEDANCE_2_0).cameraFixed(true), "cameraFixed"),
                fail("reference images only on 2.0", prompt(SEEDANCE_1_5_PRO).referenceImage(IMAGE), "images"),
                fail("reference videos only on 2.0", prompt(SEEDANCE_1_0_PRO).video(VIDEO), "videos"),
                fail("reference audios only on 2.0", prompt(SEEDANCE_1_5_PRO).referenceImage(IMAGE).audio(AUDIO),
                        "audios"),
                fail("last frame not on 1.0 Pro Fast",
                        prompt(SEEDANCE_1_0_PRO_FAST).firstFrame(IMAGE).lastFrame(IMAGE_2), "images"),
                fail("draft only on 1.5 Pro", prompt(SEEDANCE_2_0).draft(true), "draft"),
                fail("draftTaskId only on 1.5 Pro", model(SEEDANCE_2_0).draftTaskId(DRAFT_TASK), "draftTaskId"),
                failStrictOnly("serviceTier not configurable on 2.0", prompt(SEEDANCE_2_0).serviceTier("flex"),
                        "serviceTier"),
                failStrictOnly("serviceTier not configurable on 2.0", prompt(SEEDANCE_2_0_FAST).serviceTier("default"),
                        "serviceTier"),
                fail("priority only on 2.0", prompt(SEEDANCE_1_5_PRO).priority(1), "priority"),
                fail("web_search only on 2.0", prompt(SEEDANCE_1_5_PRO).tool("web_search"), "tools"),
                fail("generateAudio only on 2.0 and 1.5 Pro", prompt(SEEDANCE_1_0_PRO).generateAudio(true),
                        "generateAudio"),
                fail("lite-t2v is text only", prompt(LITE_T2V).firstFrame(IMAGE), "images"),
                fail("lite-t2v is text only", prompt(LITE_T2V).referenceImage(IMAGE), "images"),
                fail("lite-i2v needs an image", prompt(LITE_I2V), "images"),
                fail("lite-i2v takes 1 to 4 reference images", references(prompt(LITE_I2V), 5), "images"),
                fail("lite-i2v takes no videos", references(prompt(LITE_I2V), 1).video(VIDEO), "videos"),
                fail("lite models take no audio generation", prompt(LITE_I2V).firstFrame(IMAGE).generateAudio(true),
                        "generateAudio"));
    }

    private static VideoRequest.Builder model(String model) {
        return VideoRequest.builder().model(model);
    }

    private static VideoRequest.Builder prompt(String model) {
        return model(model).prompt("a cat walks across a sunny kitchen");
    }

    private static VideoRequest.Builder references(VideoRequest.Builder builder, int count) {
        for (int i = 0; i < count; i++) {
            builder.referenceImage(IMAGE);
        }
        return builder;
    }

    private static Case pass(String rule, VideoRequest.Builder request) {
        return new Case(rule, request.build(), null, false);
    }

    private static Case fail(String rule, VideoRequest.Builder request, String expectedField) {
        return new Case(rule, request.build(), expectedField, true);
    }

    /** A field the provider documents as ignored: lenient mode drops it with a warning instead of refusing. */
    private static Case failStrictOnly(String rule, VideoRequest.Builder request, String expectedField) {
        return new Case(rule, request.build(), expectedField, false);
    }
}
