package io.camelseedance.catalog;

/**
 * The places where the Seedance providers' documents give the same request different meanings. A dialect lists the
 * ones that hold for its provider and the request validator applies them, so one request is judged per provider
 * rather than by one global rule.
 */
public enum ProviderRule {

    /**
     * {@code frames} and {@code duration} may both be sent and frames win (Ark: "frames takes precedence over
     * duration"). Without this rule the two are mutually exclusive, as Ace Data Cloud documents them.
     */
    FRAMES_OVERRIDE_DURATION,

    /** The provider has no {@code web_search} tool (BytePlus: "overseas nodes currently do not support web_search"). */
    NO_WEB_SEARCH,

    /**
     * Models without audio ignore {@code generate_audio} instead of refusing it (Ace Data Cloud: "other models will
     * ignore this parameter"): a warning, not a violation.
     */
    GENERATE_AUDIO_IGNORED,

    /**
     * A text-to-video model may be sent images: the provider decides what to do with them (the relay format's own
     * example sends an image to {@code doubao-seedance-1-0-lite-t2v-250428}). A warning, not a violation.
     */
    IMAGES_FOR_TEXT_MODELS,

    /**
     * {@code duration} may be a fraction of a second (Ace Data Cloud: "duration: number"), passed through as given;
     * the other providers take whole seconds.
     */
    FRACTIONAL_DURATION
}
