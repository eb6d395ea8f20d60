package io.camelseedance.provider.unified;

import java.util.List;
import java.util.Set;

import io.camelseedance.catalog.ProviderRule;
import io.camelseedance.provider.ProviderDescriptor;
import io.camelseedance.provider.ProviderDialect;
import io.camelseedance.provider.ProviderFeatures;
import io.camelseedance.provider.ProviderOption;
import io.camelseedance.provider.ProviderOptions;
import io.camelseedance.provider.RequestField;

/**
 * The {@code /v2/videos/generations} format many relay gateways share. It has no host of its own, so there is no
 * default base URL, and relays differ in where they put the result, hence the pointer options.
 */
public final class UnifiedDescriptor extends ProviderDescriptor {

    @Override
    public String id() {
        return "unified";
    }

    @Override
    public String displayName() {
        return "Relay gateways of the /v2/videos/generations format";
    }

    @Override
    public ProviderFeatures features() {
        return ProviderFeatures.of();
    }

    @Override
    public List<ProviderOption> options() {
        return Pointer.options();
    }

    @Override
    public Set<RequestField> cannotCarry() {
        return UnifiedRules.LACKING;
    }

    /** The format's own example sends an image to the text-to-video Lite model. */
    @Override
    public Set<ProviderRule> rules() {
        return Set.of(ProviderRule.IMAGES_FOR_TEXT_MODELS);
    }

    @Override
    protected ProviderDialect dialect(ProviderOptions options) {
        return new UnifiedDialect(options);
    }
}
