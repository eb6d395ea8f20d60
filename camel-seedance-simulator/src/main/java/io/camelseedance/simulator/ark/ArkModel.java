package io.camelseedance.simulator.ark;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The Seedance models the simulator knows, with what each accepts. Every model has a BytePlus id and a
 * Volcengine twin ({@code doubao-…}) that behaves the same. The capabilities follow the seeds: the create-task
 * reference for the Pro and 2.0 models, the Volcengine model list behind Ace Data Cloud and the relay format for the
 * Lite models; most of them depend only on the model generation, a few on the individual model.
 */
enum ArkModel {
    SEEDANCE_1_0_PRO(Generation.V1_0, Inputs.TEXT_OR_FRAMES, true, true, "seedance-1-0-pro-250528",
            "doubao-seedance-1-0-pro-250528"),
    SEEDANCE_1_0_PRO_FAST(Generation.V1_0, Inputs.TEXT_OR_FRAMES, false, true,
            "seedance-1-0-pro-fast-251015", "doubao-seedance-1-0-pro-fast-251015"),
    SEEDANCE_1_0_LITE_T2V(Generation.V1_0, Inputs.TEXT_ONLY, false, true, "seedance-1-0-lite-t2v-250428",
            "doubao-seedance-1-0-lite-t2v-250428"),
    SEEDANCE_1_0_LITE_I2V(Generation.V1_0, Inputs.IMAGES, true, true, "seedance-1-0-lite-i2v-250428",
            "doubao-seedance-1-0-lite-i2v-250428"),
    SEEDANCE_1_5_PRO(Generation.V1_5, Inputs.TEXT_OR_FRAMES, true, true, "seedance-1-5-pro-251215",
            "doubao-seedance-1-5-pro-251215"),
    SEEDANCE_2_0(Generation.V2_0, Inputs.MULTIMODAL, true, true, "dreamina-seedance-2-0-260128",
            "doubao-seedance-2-0-260128"),
    SEEDANCE_2_0_FAST(Generation.V2_0, Inputs.MULTIMODAL, true, false,
            "dreamina-seedance-2-0-fast-260128", "doubao-seedance-2-0-fast-260128");

    enum Generation {
        V1_0, V1_5, V2_0
    }

    /** What a model generates from. */
    enum Inputs {
        /** Text-to-video only (Lite t2v). */
        TEXT_ONLY,
        /** Text, a first frame, or first and last frames. */
        TEXT_OR_FRAMES,
        /** Image-to-video only: a first frame, first and last frames, or 1 to 4 reference images (Lite i2v). */
        IMAGES,
        /** Text, frames, or reference images, videos and audios (2.0). */
        MULTIMODAL
    }

    private static final int LITE_REFERENCE_IMAGES = 4;
    private static final int MULTIMODAL_REFERENCE_IMAGES = 9;

    private final Generation generation;
    private final Inputs inputs;
    private final boolean lastFrame;
    private final boolean fullHd;
    /** The BytePlus id and its Volcengine twin. */
    private final List<String> ids;

    ArkModel(Generation generation, Inputs inputs, boolean lastFrame, boolean fullHd, String... ids) {
        this.generation = generation;
        this.inputs = inputs;
        this.lastFrame = lastFrame;
        this.fullHd = fullHd;
        this.ids = List.of(ids);
    }

    static Optional<ArkModel> byId(String id) {
        return Arrays.stream(values()).filter(model -> model.ids.contains(id)).findFirst();
    }

    /**
     * Whether the id names the model on BytePlus' overseas nodes ({@code dreamina-*} ids exist only there), where
     * seed 001 says {@code web_search} is not supported.
     */
    static boolean isOverseasId(String id) {
        return id.startsWith("dreamina-");
    }

    /** Whether a request without any image is refused. */
    boolean requiresImage() {
        return inputs == Inputs.IMAGES;
    }

    /** Whether a request with an image is refused. */
    boolean refusesImages() {
        return inputs == Inputs.TEXT_ONLY;
    }

    Generation generation() {
        return generation;
    }

    int minDuration() {
        return generation == Generation.V1_0 ? 2 : 4;
    }

    int maxDuration() {
        return switch (generation) {
            case V1_0, V1_5 -> 12;
            case V2_0 -> 15;
        };
    }

    /** Whether {@code duration: -1} ("let the model choose") is accepted. */
    boolean acceptsAutoDuration() {
        return generation != Generation.V1_0;
    }

    boolean acceptsFrames() {
        return generation == Generation.V1_0;
    }

    boolean accepts1080p() {
        return fullHd;
    }

    boolean acceptsLastFrame() {
        return lastFrame;
    }

    /** How many reference images are accepted (0: none). */
    int maxReferenceImages() {
        return switch (inputs) {
            case IMAGES -> LITE_REFERENCE_IMAGES;
            case MULTIMODAL -> MULTIMODAL_REFERENCE_IMAGES;
            default -> 0;
        };
    }

    /** Reference videos and audios (multimodal reference generation). */
    boolean acceptsReferenceVideoAndAudio() {
        return inputs == Inputs.MULTIMODAL;
    }

    /** {@code draft: true} and {@code draft_task} content items. */
    boolean acceptsDraft() {
        return generation == Generation.V1_5;
    }

    boolean generatesAudio() {
        return generation != Generation.V1_0;
    }

    /** 2.0 "supports only online inference mode and does not support configuring" {@code service_tier}. */
    boolean acceptsServiceTier() {
        return generation != Generation.V2_0;
    }

    boolean acceptsPriority() {
        return generation == Generation.V2_0;
    }

    boolean acceptsTools() {
        return generation == Generation.V2_0;
    }

    boolean acceptsCameraFixed() {
        return generation != Generation.V2_0;
    }

    /** The older models choose the ratio from an input image, so they cannot be adaptive in text-to-video. */
    boolean adaptiveRatioNeedsImage() {
        return generation == Generation.V1_0;
    }

    /** Seed 001: 1080p for 1.0 Pro and Pro Fast, 720p for 1.5 Pro and 2.0; seed 000: 480p for the Lite models. */
    String defaultResolution() {
        if (inputs == Inputs.TEXT_ONLY || inputs == Inputs.IMAGES) {
            return "480p";
        }
        return generation == Generation.V1_0 ? "1080p" : "720p";
    }

    PixelTable.Column pixelColumn() {
        return generation == Generation.V1_0 ? PixelTable.Column.SEEDANCE_1_0 : PixelTable.Column.SEEDANCE_1_5_AND_2_0;
    }
}
