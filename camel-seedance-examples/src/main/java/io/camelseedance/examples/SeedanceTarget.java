package io.camelseedance.examples;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The real Seedance provider the pipeline calls, when one is chosen. It is chosen only when both the API key
 * ({@code SEEDANCE_API_KEY}) and the provider ({@code -Dseedance.provider=byteplus|volcengine}) are given: a key left
 * in the environment for other tools never makes the pipeline or the demo spend money by itself. Without both, the
 * pipeline runs against the local simulator.
 *
 * @param provider {@code byteplus} or {@code volcengine}
 * @param model    the model id, {@code -Dseedance.model}, by default the provider's Seedance 2.0 Fast
 */
record SeedanceTarget(String provider, String model) {

    static Optional<SeedanceTarget> realProvider(LaunchSettings settings) {
        if (settings.get("SEEDANCE_API_KEY").isEmpty()) {
            return Optional.empty();
        }
        return settings.get("seedance.provider").map(provider -> new SeedanceTarget(provider,
                settings.get("seedance.model", defaultModel(provider))));
    }

    private static String defaultModel(String provider) {
        // the same model under each provider's own id
        return "volcengine".equals(provider) ? "doubao-seedance-2-0-fast-260128" : "dreamina-seedance-2-0-fast-260128";
    }

    /** The Camel properties that select it; the key itself is read by the component from the environment. */
    Map<String, String> properties() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("camel.component.seedance.provider", provider);
        p.put("seedance.model", model);
        return p;
    }
}
