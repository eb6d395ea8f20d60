package io.camelseedance.provider;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.camelseedance.catalog.MediaLimits;
import io.camelseedance.catalog.ModelCatalog;
import io.camelseedance.catalog.ProviderProfile;
import io.camelseedance.catalog.ProviderRule;

/**
 * One provider the component speaks, as it declares itself: its id, its name, where it is, what it offers beyond
 * create and get, the {@code providerOption.*} keys it reads, the neutral fields it cannot carry, and how to make its
 * {@link ProviderDialect}. A provider is one package holding its descriptor and its dialect, registered by one line
 * naming the descriptor in {@code META-INF/services/io.camelseedance.provider.ProviderDescriptor}; {@link Providers}
 * finds it there. Every list of providers (the {@code provider} option's values, the Kamelets, the documentation) is
 * generated from or checked against these descriptors.
 * <p>
 * A subclass needs a public no-argument constructor, and is stateless: one instance serves every endpoint.
 */
public abstract class ProviderDescriptor {

    /** The name in the {@code provider} option and the {@code CamelSeedanceProvider} header, e.g. {@code acedata}. */
    public abstract String id();

    /** The provider's name for people, e.g. {@code Ace Data Cloud}. */
    public abstract String displayName();

    /** The public endpoint; empty where the user must give {@code baseUrl} (a format many hosts share). */
    public Optional<String> defaultBaseUrl() {
        return Optional.empty();
    }

    /** What the provider offers beyond create and get. */
    public abstract ProviderFeatures features();

    /** The {@code providerOption.*} keys the dialect reads; any other key is refused when the endpoint starts. */
    public List<ProviderOption> options() {
        return List.of();
    }

    /**
     * The neutral fields the provider's wire format has no place for: a request setting one is refused before it is
     * sent, naming the field and the provider. The dialect's {@link ProviderDialect#unsupported} may refuse more (a
     * value out of the provider's range, a combination it does not take).
     */
    public Set<RequestField> cannotCarry() {
        return Set.of();
    }

    /**
     * Where this provider reads a request differently from the others (frames winning over duration on Ark, a region
     * without {@code web_search}); the request validator judges the provider's requests by them.
     */
    public Set<ProviderRule> rules() {
        return Set.of();
    }

    /**
     * The media the provider documents taking (formats, pixel and aspect bounds, sizes), checked before sending where
     * the component can see them; empty where it documents none.
     */
    public Optional<MediaLimits> media() {
        return Optional.empty();
    }

    /** How the request validator reads this provider's requests, sent through the given dialect of it. */
    public final ProviderProfile profile(ProviderDialect dialect) {
        return new ProviderProfile(id(), dialect.extraRatios(), rules(), media().orElse(null));
    }

    /**
     * Makes the dialect.
     *
     * @param options the provider options, every key one of {@link #options()}
     */
    protected abstract ProviderDialect dialect(ProviderOptions options);

    /**
     * A dialect for this provider.
     *
     * @param  options                  provider-specific settings (the {@code providerOption.*} options)
     * @throws IllegalArgumentException naming a key this provider does not read, or a value it cannot use
     */
    public final ProviderDialect newDialect(Map<String, String> options) {
        return newDialect(options, ModelCatalog.defaultCatalog());
    }

    /**
     * A dialect for this provider that knows the given models (a user's catalog merged over the shipped one).
     *
     * @param  options                  provider-specific settings (the {@code providerOption.*} options)
     * @throws IllegalArgumentException naming a key this provider does not read, or a value it cannot use
     */
    public final ProviderDialect newDialect(Map<String, String> options, ModelCatalog catalog) {
        Set<String> known = options().stream().map(ProviderOption::key).collect(Collectors.toUnmodifiableSet());
        return dialect(ProviderOptions.of(id(), options, known, catalog));
    }

    @Override
    public String toString() {
        return id();
    }
}
