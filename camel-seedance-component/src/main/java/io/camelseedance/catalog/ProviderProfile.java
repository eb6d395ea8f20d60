package io.camelseedance.catalog;

import java.util.Objects;
import java.util.Set;

/**
 * What the request validator needs to know about the provider a request goes to.
 *
 * @param provider    the provider's name, as messages quote it, e.g. {@code byteplus}
 * @param extraRatios aspect ratios the provider takes beyond the shared set, e.g. a relay's {@code keep_ratio}
 * @param rules       where the provider reads a request differently from the others
 * @param media       the media the provider documents taking; {@code null} where it documents none
 */
public record ProviderProfile(String provider, Set<String> extraRatios, Set<ProviderRule> rules, MediaLimits media) {

    /** No particular provider: the shared ratios, and none of the per-provider readings. */
    public static final ProviderProfile ANY = new ProviderProfile("the provider", Set.of(), Set.of());

    /** A provider that documents no media limits. */
    public ProviderProfile(String provider, Set<String> extraRatios, Set<ProviderRule> rules) {
        this(provider, extraRatios, rules, null);
    }

    public ProviderProfile {
        Objects.requireNonNull(provider, "provider");
        extraRatios = Set.copyOf(extraRatios);
        rules = Set.copyOf(rules);
    }

    boolean has(ProviderRule rule) {
        return rules.contains(rule);
    }
}
