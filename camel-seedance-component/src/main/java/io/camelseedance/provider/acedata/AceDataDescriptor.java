package io.camelseedance.provider.acedata;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.camelseedance.catalog.MediaLimits;
import io.camelseedance.catalog.ProviderRule;
import io.camelseedance.provider.ProviderDescriptor;
import io.camelseedance.provider.ProviderDialect;
import io.camelseedance.provider.ProviderFeatures;
import io.camelseedance.provider.ProviderFeatures.Feature;
import io.camelseedance.provider.ProviderOption;
import io.camelseedance.provider.ProviderOptions;
import io.camelseedance.provider.RequestField;

/** Ace Data Cloud, a reseller forwarding Ark's create body to Volcengine Ark. */
public final class AceDataDescriptor extends ProviderDescriptor {

    @Override
    public String id() {
        return "acedata";
    }

    @Override
    public String displayName() {
        return "Ace Data Cloud";
    }

    @Override
    public Optional<String> defaultBaseUrl() {
        return Optional.of("https://api.acedata.cloud");
    }

    @Override
    public ProviderFeatures features() {
        return ProviderFeatures.of(Feature.BATCH_GET, Feature.CALLBACKS);
    }

    @Override
    public List<ProviderOption> options() {
        return List.of(new ProviderOption(AceDataMode.OPTION, "How Ace answers a create: async (the default) at once"
                + " with a task id, or blocking only when the video is done (raise requestTimeout; no callback URL)."));
    }

    @Override
    public Set<RequestField> cannotCarry() {
        return AceDataDialect.LACKING;
    }

    /**
     * Ace documents frames and duration as mutually exclusive, a duration as a number (fractions pass through), and
     * lets silent models ignore generate_audio.
     */
    @Override
    public Set<ProviderRule> rules() {
        return Set.of(ProviderRule.GENERATE_AUDIO_IGNORED, ProviderRule.FRACTIONAL_DURATION);
    }

    /** Ace forwards the body to Volcengine Ark, whose media rules hold. */
    @Override
    public Optional<MediaLimits> media() {
        return Optional.of(MediaLimits.ARK);
    }

    @Override
    protected ProviderDialect dialect(ProviderOptions options) {
        return new AceDataDialect(options);
    }
}
