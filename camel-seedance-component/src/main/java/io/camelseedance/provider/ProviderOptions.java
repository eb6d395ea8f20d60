package io.camelseedance.provider;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The provider-specific settings a dialect reads (the {@code providerOption.*} options of an endpoint). A key the
 * dialect does not know is refused when the dialect is made, so a typo fails at start-up instead of silently
 * changing nothing.
 */
public final class ProviderOptions {

    private final String provider;
    private final Map<String, String> values;

    private ProviderOptions(String provider, Map<String, String> values) {
        this.provider = provider;
        this.values = Map.copyOf(values);
    }

    /**
     * @param known the keys the dialect reads
     * @throws IllegalArgumentException naming an unknown key and the known ones
     */
    public static ProviderOptions of(String provider, Map<String, String> values, Set<String> known) {
        for (String key : values.keySet()) {
            if (!known.contains(key)) {
                throw new IllegalArgumentException("Unknown provider option '" + key + "' for provider " + provider
                        + (known.isEmpty()
                                ? ", which takes none"
                                : "; known: " + String.join(", ", new TreeSet<>(known))));
            }
        }
        return new ProviderOptions(provider, values);
    }

    /** The id of the provider these options are for. */
    public String provider() {
        return provider;
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
