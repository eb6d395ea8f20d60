package io.camelseedance.provider;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.camelseedance.provider.ark.ArkDialect;

/**
 * The providers the component speaks, by the name used in the {@code provider} option.
 */
public enum Provider {

    BYTEPLUS("byteplus", "https://ark.ap-southeast.bytepluses.com/api/v3", ArkDialect::new),
    VOLCENGINE("volcengine", "https://ark.cn-beijing.volces.com/api/v3", ArkDialect::new);

    private final String id;
    private final String defaultBaseUrl;
    private final Function<String, ProviderDialect> dialect;

    Provider(String id, String defaultBaseUrl, Function<String, ProviderDialect> dialect) {
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

    public ProviderDialect newDialect() {
        return dialect.apply(id);
    }

    public static Provider of(String id) {
        String key = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.id.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown Seedance provider '" + id + "'; known: "
                                                                + Arrays.stream(values()).map(Provider::id)
                                                                        .collect(Collectors.joining(", "))));
    }
}
