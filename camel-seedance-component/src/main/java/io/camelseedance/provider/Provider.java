package io.camelseedance.provider;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.camelseedance.catalog.ProviderRule;
import io.camelseedance.provider.acedata.AceDataDialect;
import io.camelseedance.provider.apimart.ApiMartDialect;
import io.camelseedance.provider.ark.ArkDialect;
import io.camelseedance.provider.evolink.EvoLinkDialect;
import io.camelseedance.provider.unified.UnifiedDialect;

/**
 * The providers the component speaks, by the name used in the {@code provider} option.
 */
public enum Provider {

    BYTEPLUS("byteplus", "https://ark.ap-southeast.bytepluses.com/api/v3",
            (id, options) -> new ArkDialect(id, Set.of(ProviderRule.NO_WEB_SEARCH))),
    VOLCENGINE("volcengine", "https://ark.cn-beijing.volces.com/api/v3", (id, options) -> new ArkDialect(id)),
    ACEDATA("acedata", "https://api.acedata.cloud", AceDataDialect::new),
    /** The "/v2/videos/generations" format many relay gateways share; each relay has its own host. */
    UNIFIED("unified", null, UnifiedDialect::new),
    EVOLINK("evolink", "https://api.evolink.ai", EvoLinkDialect::new),
    APIMART("apimart", "https://api.apimart.ai", ApiMartDialect::new);

    /** Makes a provider's dialect from the provider name and its provider-specific options. */
    @FunctionalInterface
    interface DialectFactory {
        ProviderDialect create(String providerId, Map<String, String> options);
    }

    private final String id;
    private final String defaultBaseUrl;
    private final DialectFactory dialect;

    Provider(String id, String defaultBaseUrl, DialectFactory dialect) {
        this.id = id;
        this.defaultBaseUrl = defaultBaseUrl;
        this.dialect = dialect;
    }

    /** The name used in options and headers, e.g. {@code byteplus}. */
    public String id() {
        return id;
    }

    /** The public endpoint, or {@code null} where the user must give a base URL. */
    public String defaultBaseUrl() {
        return defaultBaseUrl;
    }

    /**
     * A dialect for this provider.
     *
     * @param options provider-specific settings (the {@code providerOption.*} options), e.g. where a relay puts the
     *                status in its responses; each dialect documents its keys
     */
    public ProviderDialect newDialect(Map<String, String> options) {
        return dialect.create(id, Map.copyOf(options));
    }

    public static Provider of(String id) {
        String key = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.id.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown Seedance provider '" + id + "'; known: "
                        + Arrays.stream(values()).map(Provider::id)
                                .collect(Collectors.joining(", "))));
    }
}
