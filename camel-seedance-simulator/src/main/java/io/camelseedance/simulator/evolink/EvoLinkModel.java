package io.camelseedance.simulator.evolink;

import java.util.Arrays;
import java.util.Optional;

/**
 * EvoLink's Seedance 2.0 models: one per generation mode, each in a standard and a fast version. The mode decides
 * which media a request may carry.
 */
enum EvoLinkModel {
    TEXT_TO_VIDEO("seedance-2.0-text-to-video", Mode.TEXT),
    IMAGE_TO_VIDEO("seedance-2.0-image-to-video", Mode.IMAGE),
    REFERENCE_TO_VIDEO("seedance-2.0-reference-to-video", Mode.REFERENCE),
    FAST_TEXT_TO_VIDEO("seedance-2.0-fast-text-to-video", Mode.TEXT),
    FAST_IMAGE_TO_VIDEO("seedance-2.0-fast-image-to-video", Mode.IMAGE),
    FAST_REFERENCE_TO_VIDEO("seedance-2.0-fast-reference-to-video", Mode.REFERENCE);

    /** What the model generates from. */
    enum Mode {
        /** The prompt alone; web search may help. */
        TEXT,
        /** One image as the first frame, or two as the first and the last. */
        IMAGE,
        /** Up to 9 reference images, 3 videos and 3 audios. */
        REFERENCE
    }

    private final String id;
    private final Mode mode;

    EvoLinkModel(String id, Mode mode) {
        this.id = id;
        this.mode = mode;
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
}
