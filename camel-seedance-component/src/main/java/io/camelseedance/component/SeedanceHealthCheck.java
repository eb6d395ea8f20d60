package io.camelseedance.component;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.impl.health.AbstractHealthCheck;
import org.apache.camel.util.URISupport;

import io.camelseedance.api.SeedanceApiException;
import io.camelseedance.api.TaskQuery;
import io.camelseedance.client.SeedanceClient;
import io.camelseedance.provider.ProviderFeatures.Feature;

/**
 * Readiness of a seedance producer or consumer: one cheap authenticated call to its provider (a list of one task, or,
 * for providers without a list, a GET of a task that does not exist, where 404 means the key was accepted). A provider
 * that rejects the key (401/403), fails (5xx) or cannot be reached is DOWN, with the HTTP status in the details.
 */
final class SeedanceHealthCheck extends AbstractHealthCheck {

    /** The id probed on providers without a list: well-formed, never a real task. */
    static final String PROBE_TASK_ID = "camel-seedance-health-probe";
    private static final Duration MAX_WAIT = Duration.ofSeconds(10);

    private final SeedanceEndpoint endpoint;

    private SeedanceHealthCheck(String id, SeedanceEndpoint endpoint) {
        super("camel", id);
        this.endpoint = endpoint;
    }

    @Override
    public boolean isLiveness() {
        return false; // a provider that is down does not make the JVM unhealthy, only not ready
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        builder.detail(HealthCheck.ENDPOINT_URI, URISupport.sanitizeUri(endpoint.getEndpointUri()));
        builder.detail("provider", endpoint.getConfiguration().getProvider());
        SeedanceClient client = endpoint.client();
        if (client == null) {
            builder.message("Endpoint not started").down();
            return;
        }
        builder.detail("base.url", client.baseUrl());
        String storeProblem = endpoint.getComponent().tracker().storeProblem();
        if (storeProblem != null) {
            builder.message("Seedance task store unavailable: " + storeProblem).down();
            return;
        }
        boolean list = client.features().has(Feature.LIST);
        CompletableFuture<?> probe;
        try {
            probe = list ? client.list(new TaskQuery(1, 1, null, null, List.of(), null)) : client.get(PROBE_TASK_ID);
        } catch (RuntimeException e) {
            builder.message("Seedance probe could not be sent: " + e.getMessage()).error(e).down();
            return;
        }
        long waitMillis = Math.min(MAX_WAIT.toMillis(),
                Math.max(1000, endpoint.getConfiguration().getRequestTimeout()));
        try {
            probe.get(waitMillis, TimeUnit.MILLISECONDS);
            builder.detail(HealthCheck.HTTP_RESPONSE_CODE, 200).up();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            if (cause instanceof SeedanceApiException api) {
                builder.detail(HealthCheck.HTTP_RESPONSE_CODE, api.httpStatus());
                if (!list && api.httpStatus() == 404) {
                    builder.up(); // the key was accepted; the probe task simply does not exist
                    return;
                }
                builder.message("Seedance " + client.provider() + " answered HTTP " + api.httpStatus()
                        + (api.httpStatus() == 401 || api.httpStatus() == 403 ? " (API key rejected)" : ""))
                        .error(cause).down();
            } else {
                builder.message("Seedance " + client.provider() + " unreachable at " + client.baseUrl() + ": "
                        + cause.getMessage())
                        .error(cause).down();
            }
        } catch (TimeoutException e) {
            probe.cancel(true);
            builder.message("Seedance " + client.provider() + " did not answer within " + waitMillis + " ms").down();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            builder.message("Interrupted").down();
        }
    }

    /** A registered check, removed again by {@link #close()}. */
    static final class Registration implements AutoCloseable {
        private final WritableHealthCheckRepository repository;
        private final HealthCheck check;

        private Registration(WritableHealthCheckRepository repository, HealthCheck check) {
            this.repository = repository;
            this.check = check;
        }

        @Override
        public void close() {
            if (repository != null) {
                repository.removeHealthCheck(check);
            }
        }
    }

    /** Registers the readiness check of a producer, in Camel's "producers" repository. */
    static Registration forProducer(SeedanceEndpoint endpoint) {
        SeedanceHealthCheck check = new SeedanceHealthCheck("producer:" + checkId(endpoint), endpoint);
        check.setEnabled(endpoint.getComponent().isHealthCheckProducerEnabled());
        return register(endpoint, "producers", check);
    }

    /**
     * The readiness check of a consumer: Camel's consumer check of its route ({@code consumer:<routeId>}, in the
     * "consumers" repository) calls it and reports its state, message and details.
     */
    static HealthCheck forConsumer(SeedanceEndpoint endpoint, String routeId) {
        SeedanceHealthCheck check = new SeedanceHealthCheck(
                "consumer:" + (routeId != null ? routeId : checkId(endpoint)),
                endpoint);
        check.setEnabled(endpoint.getComponent().isHealthCheckConsumerEnabled());
        return check;
    }

    private static Registration register(SeedanceEndpoint endpoint, String repositoryId, HealthCheck check) {
        WritableHealthCheckRepository repository = HealthCheckHelper.getHealthCheckRepository(
                endpoint.getCamelContext(), repositoryId, WritableHealthCheckRepository.class);
        if (repository != null) {
            repository.addHealthCheck(check);
        }
        return new Registration(repository, check);
    }

    private static String checkId(SeedanceEndpoint endpoint) {
        return URISupport.sanitizeUri(endpoint.getEndpointUri());
    }
}
