package io.camelseedance.provider;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.camelseedance.catalog.ModelCatalog;

/**
 * The provider-specific settings a dialect reads (the {@code providerOption.*} options of an endpoint). A key the
 * dialect does not know is refused when the dialect is made, so a typo fails at start-up instead of silently
 * changing nothing.
 */
public final class ProviderOptions {

    private final String provider;
    private final Map<String, String> values;
    private final ModelFamily modelFamily;

    private ProviderOptions(String provider, Map<String, String> values, ModelFamily modelFamily) {
        this.provider = provider;
        this.values = Map.copyOf(values);
        this.modelFamily = modelFamily;
    }

    /**
     * @param known the keys the dialect reads
     * @throws IllegalArgumentException naming an unknown key and the known ones
     */
    public static ProviderOptions of(String provider, Map<String, String> values, Set<String> known) {
        return of(provider, values, known, ModelCatalog.defaultCatalog());
    }

    /**
     * @param known   the keys the dialect reads
     * @param catalog the models the endpoint knows, whose families a dialect maps onto its provider's model names
     * @throws IllegalArgumentException naming an unknown key and the known ones
     */
    public static ProviderOptions of(String provider, Map<String, String> values, Set<String> known,
            ModelCatalog catalog) {
        for (String key : values.keySet()) {
            if (!known.contains(key)) {
                throw new IllegalArgumentException("Unknown provider option '" + key + "' for provider " + provider
                        + (known.isEmpty()
                                ? ", which takes none"
                                : "; known: " + String.join(", ", new TreeSet<>(known))));
            }
        }
        return new ProviderOptions(provider, values, ModelFamily.of(catalog));
    }

    /** The id of the provider these options are for. */
    public String provider() {
        return provider;
    }

    /** The model families of the endpoint's catalog. */
    public ModelFamily modelFamily() {
        return modelFamily;
    }

    /** The value, or {@code defaultValue} when the option is not set or blank. */
    public String get(String key, String defaultValue) {
        String value = values.get(key);
        return value == null || value.isBlank() ? defaultValue : value.trim();
    }

    /** An error naming the option and the provider, for a value the dialect cannot use. */
    public IllegalArgumentException invalid(String key, String problem) {
        return new IllegalArgumentException("Provider option " + key + " of provider " + provider + " " + problem);
    }
}
