package io.camelseedance.provider.ark;

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

    @Override
    protected ProviderDialect dialect(ProviderOptions options) {
        return new ArkDialect(options.provider());
    }
}
