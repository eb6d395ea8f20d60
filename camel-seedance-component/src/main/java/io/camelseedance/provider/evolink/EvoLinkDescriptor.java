package io.camelseedance.provider.evolink;

import java.util.Optional;
import java.util.Set;

import io.camelseedance.catalog.MediaLimits;
import io.camelseedance.provider.ProviderDescriptor;
import io.camelseedance.provider.ProviderDialect;
import io.camelseedance.provider.ProviderFeatures;
import io.camelseedance.provider.ProviderFeatures.Feature;
import io.camelseedance.provider.ProviderOptions;
import io.camelseedance.provider.RequestField;

/** EvoLink, an OpenAI-style gateway with one Seedance 2.0 model per generation mode, and callbacks. */
public final class EvoLinkDescriptor extends ProviderDescriptor {

    @Override
    public String id() {
        return "evolink";
    }

    @Override
    public String displayName() {
        return "EvoLink";
    }

    @Override
    public Optional<String> defaultBaseUrl() {
        return Optional.of("https://api.evolink.ai");
    }

    @Override
    public ProviderFeatures features() {
        return ProviderFeatures.of(Feature.CALLBACKS);
    }

    @Override
    public Set<RequestField> cannotCarry() {
        return EvoLinkDialect.LACKING;
    }

    /** Seed 003's image, video and audio requirements. */
    @Override
    public Optional<MediaLimits> media() {
        return Optional.of(MediaLimits.SEED_003);
    }

    @Override
    protected ProviderDialect dialect(ProviderOptions options) {
        return new EvoLinkDialect(options);
    }
}
