package io.camelseedance.simulator.ark;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The Seedance models the simulator knows, with what each accepts. Every model has a BytePlus id and a
 * Volcengine twin ({@code doubao-…}) that behaves the same. The capabilities follow the provider's create-task
 * reference; most of them depend only on the model generation, two on the individual model.
 */
enum ArkModel {
    SEEDANCE_1_0_PRO(Generation.V1_0, true, true, "seedance-1-0-pro-250528", "doubao-seedance-1-0-pro-250528"),
    SEEDANCE_1_0_PRO_FAST(Generation.V1_0, false, true,
            "seedance-1-0-pro-fast-251015", "doubao-seedance-1-0-pro-fast-251015"),
    SEEDANCE_1_5_PRO(Generation.V1_5, true, true, "seedance-1-5-pro-251215", "doubao-seedance-1-5-pro-251215"),
    SEEDANCE_2_0(Generation.V2_0, true, true, "dreamina-seedance-2-0-260128", "doubao-seedance-2-0-260128"),
    SEEDANCE_2_0_FAST(Generation.V2_0, true, false,
            "dreamina-seedance-2-0-fast-260128", "doubao-seedance-2-0-fast-260128");

    enum Generation {
        V1_0, V1_5, V2_0
    }

    private final Generation generation;
    private final boolean lastFrame;
    private final boolean fullHd;
    /** The BytePlus id and its Volcengine twin. */
    private final List<String> ids;

    ArkModel(Generation generation, boolean lastFrame, boolean fullHd, String... ids) {
        this.generation = generation;
        this.lastFrame = lastFrame;
        this.fullHd = fullHd;
        this.ids = List.of(ids);
    }

    static Optional<ArkModel> byId(String id) {
        return Arrays.stream(values()).filter(model -> model.ids.contains(id)).findFirst();
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

    /** Reference images, videos and audios (multimodal reference generation). */
    boolean acceptsReferenceMedia() {
        return generation == Generation.V2_0;
    }

    /** {@code draft: true} and {@code draft_task} content items. */
    boolean acceptsDraft() {
        return generation == Generation.V1_5;
    }

    boolean generatesAudio() {
        return generation != Generation.V1_0;
    }

    boolean acceptsFlexTier() {
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

    String defaultResolution() {
        return generation == Generation.V1_0 ? "1080p" : "720p";
    }

    PixelTable.Column pixelColumn() {
        return generation == Generation.V1_0 ? PixelTable.Column.SEEDANCE_1_0 : PixelTable.Column.SEEDANCE_1_5_AND_2_0;
    }
}
