package io.camelseedance.api;

/**
 * How strictly a request is checked against the model catalog before it is sent.
 */
public enum ValidationMode {
    /** Every rule applies, and a model id the catalog does not know is rejected. */
    strict,
    /** Every rule applies to known models; an unknown model id passes with a warning and only the model-independent rules. */
    lenient,
    /** Nothing is checked locally; the provider is the judge. */
    off
}
