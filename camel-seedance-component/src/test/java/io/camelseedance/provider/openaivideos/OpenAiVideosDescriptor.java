package io.camelseedance.provider.openaivideos;

import java.util.EnumSet;
import java.util.Set;

import io.camelseedance.provider.ProviderDescriptor;
import io.camelseedance.provider.ProviderDialect;
import io.camelseedance.provider.ProviderFeatures;
import io.camelseedance.provider.ProviderOptions;
import io.camelseedance.provider.RequestField;

/**
 * A provider that exists only in the component's test scope: a small OpenAI-style {@code /v1/videos} API, registered
 * by one line in the test resources' {@code META-INF/services}, with its simulated API ({@link SimulatedVideosApi})
 * registered the same way for the simulator. It takes a model, a prompt and seconds, and nothing else; it offers no
 * feature beyond create and get. That it passes the provider contract suite with no edit outside this package, its
 * examples and its two registration lines is the proof that a provider is one folder and one line.
 */
public final class OpenAiVideosDescriptor extends ProviderDescriptor {

    static final String ID = "openai-videos";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "OpenAI-style /v1/videos (test scope)";
    }

    @Override
    public ProviderFeatures features() {
        return ProviderFeatures.of();
    }

    @Override
    public Set<RequestField> cannotCarry() {
        return EnumSet.allOf(RequestField.class);
    }

    @Override
    protected ProviderDialect dialect(ProviderOptions options) {
        return new OpenAiVideosDialect(options.provider());
    }
}
