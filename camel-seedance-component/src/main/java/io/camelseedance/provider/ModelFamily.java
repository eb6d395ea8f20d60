package io.camelseedance.provider;

import java.util.Objects;
import java.util.Optional;

import io.camelseedance.catalog.ModelCatalog;
import io.camelseedance.catalog.ModelSpec;

/**
 * The Seedance model family a model id belongs to, whichever provider's name for it the user gave: a route written
 * for Ark ({@code dreamina-seedance-2-0-260128}) keeps working when only {@code provider=} changes, because the
 * gateways' dialects map the family onto their own model names. Families are read from a model catalog: the shipped
 * one, or the endpoint's with the user's models merged over it, so a model added there maps like a shipped one.
 */
public final class ModelFamily {

    public static final String SEEDANCE_2_0 = "seedance-2.0";
    public static final String SEEDANCE_2_0_FAST = "seedance-2.0-fast";

    private final ModelCatalog catalog;

    private ModelFamily(ModelCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /** The families of the catalog shipped in this jar. */
    public static ModelFamily shipped() {
        return of(ModelCatalog.defaultCatalog());
    }

    /** The families of the given catalog. */
    public static ModelFamily of(ModelCatalog catalog) {
        return new ModelFamily(catalog);
    }

    /** The family of a model id or alias in the catalog; empty for ids it does not know. */
    public Optional<String> family(String modelId) {
        return catalog.find(modelId).map(ModelSpec::family);
    }

    /** Seedance 2.0 or 2.0 Fast, the families the gateways offer, when the id is one of theirs. */
    public Optional<String> seedance20(String modelId) {
        return family(modelId).filter(family -> family.equals(SEEDANCE_2_0) || family.equals(SEEDANCE_2_0_FAST));
    }

    /** Whether the catalog knows the id as a model of a family the gateways do not offer (Seedance 1.x). */
    public boolean isOtherThan20(String modelId) {
        return family(modelId).isPresent() && seedance20(modelId).isEmpty();
    }
}
