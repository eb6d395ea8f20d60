package io.camelseedance.provider;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The optional operations and behaviours a provider offers, beyond create and get.
 *
 * @param features what it offers; a feature not in the set is not offered
 */
public record ProviderFeatures(Set<Feature> features) {

    /** An operation or behaviour not every provider offers. */
    public enum Feature {
        /** Lists tasks (with filters and paging). */
        LIST,
        /** Fetches many tasks by id in one call. */
        BATCH_GET,
        /** Cancels a queued task / deletes a finished one. */
        CANCEL,
        /** POSTs task updates to a callback URL given at create time. */
        CALLBACKS,
        /** Accepts an idempotency key, so a create whose answer was lost may be re-sent safely. */
        IDEMPOTENT_CREATE
    }

    public ProviderFeatures {
        // in declaration order, so that listings of features read the same everywhere
        EnumSet<Feature> copy = EnumSet.noneOf(Feature.class);
        copy.addAll(features);
        features = Collections.unmodifiableSet(copy);
    }

    /** A provider offering these features and no others; none for a provider of create and get alone. */
    public static ProviderFeatures of(Feature... features) {
        return new ProviderFeatures(Set.of(features));
    }

    public boolean has(Feature feature) {
        return features.contains(feature);
    }
}
