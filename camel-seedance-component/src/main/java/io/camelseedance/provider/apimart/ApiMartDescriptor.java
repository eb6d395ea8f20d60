package io.camelseedance.provider.apimart;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.camelseedance.provider.ProviderDescriptor;
import io.camelseedance.provider.ProviderDialect;
import io.camelseedance.provider.ProviderFeatures;
import io.camelseedance.provider.ProviderFeatures.Feature;
import io.camelseedance.provider.ProviderOption;
import io.camelseedance.provider.ProviderOptions;
import io.camelseedance.provider.RequestField;

/** APIMart, an OpenAI-style gateway whose creates carry an idempotency key. */
public final class ApiMartDescriptor extends ProviderDescriptor {

    @Override
    public String id() {
        return "apimart";
    }

    @Override
    public String displayName() {
        return "APIMart";
    }

    @Override
    public Optional<String> defaultBaseUrl() {
        return Optional.of("https://api.apimart.ai");
    }

    @Override
    public ProviderFeatures features() {
        return ProviderFeatures.of(Feature.IDEMPOTENT_CREATE);
    }

    @Override
    public List<ProviderOption> options() {
        return List.of(new ProviderOption(ApiMartDialect.LANGUAGE_OPTION,
                "The language of the messages in polled tasks: en, zh, ko or ja (APIMart's default when not set)."));
    }

    @Override
    public Set<RequestField> cannotCarry() {
        return ApiMartDialect.LACKING;
    }

    @Override
    protected ProviderDialect dialect(ProviderOptions options) {
        return new ApiMartDialect(options);
    }

    /** Its task answer: {@code "url":["https://upload.apimart.ai/f/video/….mp4"]}. */
    @Override
    public List<String> fileHosts() {
        return List.of("upload.apimart.ai");
    }
}
