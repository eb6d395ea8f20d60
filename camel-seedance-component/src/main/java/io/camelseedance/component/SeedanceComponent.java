package io.camelseedance.component;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.util.PropertiesHelper;

/**
 * Generates videos with ByteDance Seedance: {@code seedance:generate}, {@code seedance:task}, {@code seedance:tasks}
 * and {@code seedance:cancel}.
 */
@Component("seedance")
public class SeedanceComponent extends HealthCheckComponent {

    private static final String PROVIDER_OPTION_PREFIX = "providerOption.";

    @Metadata(description = "Component configuration, copied to every endpoint as its defaults.")
    private SeedanceConfiguration configuration = new SeedanceConfiguration();

    private volatile HttpClient sharedHttpClient;

    public SeedanceComponent() {
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        SeedanceConfiguration conf = configuration != null ? configuration.copy() : new SeedanceConfiguration();
        SeedanceEndpoint endpoint = new SeedanceEndpoint(uri, this, operation(remaining), conf);
        // a multi-value option: each providerOption.<key>=<value> of the URI is one entry, over the component's
        conf.getProviderOptions().putAll(PropertiesHelper.extractProperties(parameters, PROVIDER_OPTION_PREFIX));
        setProperties(endpoint, parameters);
        return endpoint;
    }

    private static SeedanceOperation operation(String remaining) {
        try {
            return SeedanceOperation.valueOf(remaining);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown seedance operation '" + remaining + "'; use one of "
                                               + Arrays.stream(SeedanceOperation.values()).map(Enum::name)
                                                       .collect(Collectors.joining(", ")));
        }
    }

    public SeedanceConfiguration getConfiguration() {
        return configuration;
    }

    /**
     * Component configuration, copied to every endpoint as its defaults.
     */
    public void setConfiguration(SeedanceConfiguration configuration) {
        this.configuration = configuration;
    }

    /** One HTTP client for all endpoints without their own, so connections are pooled across routes. */
    HttpClient sharedHttpClient(long connectTimeoutMillis) {
        HttpClient client = sharedHttpClient;
        if (client == null) {
            synchronized (this) {
                client = sharedHttpClient;
                if (client == null) {
                    client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(connectTimeoutMillis)).build();
                    sharedHttpClient = client;
                }
            }
        }
        return client;
    }

    String resolveApiKey(String configured) {
        return ApiKeys.resolve(configured, System::getenv);
    }

    @Override
    protected void doStop() throws Exception {
        sharedHttpClient = null;
        super.doStop();
    }
}
