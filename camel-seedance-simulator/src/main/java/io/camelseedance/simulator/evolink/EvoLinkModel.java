package io.camelseedance.simulator.evolink;

import java.util.Arrays;
import java.util.Optional;

/**
 * EvoLink's Seedance 2.0 models: one per generation mode, each in a standard and a fast version. The mode decides
 * which media a request may carry; the version, which Ark model runs it.
 */
enum EvoLinkModel {
    TEXT_TO_VIDEO("seedance-2.0-text-to-video", Mode.TEXT, false),
    IMAGE_TO_VIDEO("seedance-2.0-image-to-video", Mode.IMAGE, false),
    REFERENCE_TO_VIDEO("seedance-2.0-reference-to-video", Mode.REFERENCE, false),
    FAST_TEXT_TO_VIDEO("seedance-2.0-fast-text-to-video", Mode.TEXT, true),
    FAST_IMAGE_TO_VIDEO("seedance-2.0-fast-image-to-video", Mode.IMAGE, true),
    FAST_REFERENCE_TO_VIDEO("seedance-2.0-fast-reference-to-video", Mode.REFERENCE, true);

    /** What the model generates from. */
    enum Mode {
        /** The prompt alone; web search may help. */
        TEXT,
        /** One image as the first frame, or two as the first and the last. */
        IMAGE,
        /** Up to 9 reference images, 3 videos and 3 audios. */
        REFERENCE
    }

    private static final String ARK_STANDARD = "dreamina-seedance-2-0-260128";
    private static final String ARK_FAST = "dreamina-seedance-2-0-fast-260128";

    private final String id;
    private final Mode mode;
    private final boolean fast;

    EvoLinkModel(String id, Mode mode, boolean fast) {
        this.id = id;
        this.mode = mode;
        this.fast = fast;
    }

    static Optional<EvoLinkModel> byId(String id) {
        return Arrays.stream(values()).filter(model -> model.id.equals(id)).findFirst();
    }

    String id() {
        return id;
    }

    Mode mode() {
        return mode;
    }

    /** The Ark model EvoLink runs this one on. */
    String arkModel() {
        return fast ? ARK_FAST : ARK_STANDARD;
    }
}
