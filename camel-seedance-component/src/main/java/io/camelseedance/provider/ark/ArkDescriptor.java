package io.camelseedance.provider.ark;

import java.util.Optional;
import java.util.Set;

import io.camelseedance.catalog.MediaLimits;
import io.camelseedance.catalog.ProviderRule;
import io.camelseedance.provider.ProviderDescriptor;
import io.camelseedance.provider.ProviderDialect;
import io.camelseedance.provider.ProviderFeatures;
import io.camelseedance.provider.ProviderFeatures.Feature;
import io.camelseedance.provider.ProviderOptions;

/**
 * What the two Ark services share: the official task API, with every feature but idempotent creates, carrying every
 * neutral field, with no provider options. They differ in name, host and model ids.
 */
abstract class ArkDescriptor extends ProviderDescriptor {

    private static final ProviderFeatures FEATURES = ProviderFeatures.of(Feature.LIST, Feature.BATCH_GET,
            Feature.CANCEL, Feature.CALLBACKS);

    @Override
    public ProviderFeatures features() {
        return FEATURES;
    }

    /** Ark: "frames takes precedence over duration". */
    @Override
    public Set<ProviderRule> rules() {
        return Set.of(ProviderRule.FRAMES_OVERRIDE_DURATION);
    }

    /** Ark's image items (PROVIDERS.md 2.4, the same bounds as seed 003's). */
    @Override
    public Optional<MediaLimits> media() {
        return Optional.of(MediaLimits.ARK);
    }

    @Override
    protected ProviderDialect dialect(ProviderOptions options) {
        return new ArkDialect(options.provider());
    }
}
