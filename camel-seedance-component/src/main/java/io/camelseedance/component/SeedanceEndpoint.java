package io.camelseedance.component;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.apache.camel.AsyncEndpoint;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.support.ScheduledPollEndpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.camelseedance.api.SeedanceValidationException;
import io.camelseedance.api.SeedanceValidationException.Violation;
import io.camelseedance.api.ValidationMode;
import io.camelseedance.api.VideoRequest;
import io.camelseedance.api.VideoTask;
import io.camelseedance.catalog.ModelCatalog;
import io.camelseedance.catalog.ProviderProfile;
import io.camelseedance.catalog.RequestValidator;
import io.camelseedance.catalog.Verdict;
import io.camelseedance.client.DownloadPolicy;
import io.camelseedance.client.ReconcilePolicy;
import io.camelseedance.client.RetryPolicy;
import io.camelseedance.client.SeedanceClient;
import io.camelseedance.client.VideoDownloader;
import io.camelseedance.governor.Governor;
import io.camelseedance.provider.ProviderFeatures.Feature;
import io.camelseedance.provider.Providers;
import io.camelseedance.tracking.TrackerKey;
import io.camelseedance.tracking.TrackingPolicy;

/**
 * Generate videos with ByteDance Seedance (BytePlus ModelArk, Volcengine Ark and compatible gateways).
 */
@UriEndpoint(firstVersion = "1.0.0", scheme = "seedance", title = "Seedance", syntax = "seedance:operation", category = {
        Category.AI, Category.CLOUD}, headersClass = SeedanceConstants.class)
public class SeedanceEndpoint extends ScheduledPollEndpoint implements AsyncEndpoint, EndpointServiceLocation {

    private static final Logger LOG = LoggerFactory.getLogger(SeedanceEndpoint.class);

    @UriPath(description = "The operation. Producers: generate (submit a task), task (fetch one), tasks (list) or"
            + " cancel. Consumers: tasks (emit each task that ends) or callback (receive the provider's"
            + " callbacks).")
    @Metadata(required = true)
    private SeedanceOperation operation;

    @UriParam
    private SeedanceConfiguration configuration;

    private volatile SeedanceClient client;
    private volatile VideoDownloader downloader;
    private volatile CallbackAddress callbackAddress;
    private volatile ProviderProfile profile;
    private volatile TrackerKey trackerKey;
    private volatile RequestValidator validator;
    private volatile Governor governor = Governor.NONE;
    /** Made once: every waiting task holds them, and two of its own were 48 bytes of each waiting exchange. */
    private volatile Duration pollDelay;
    private volatile Duration pollMaxDelay;

    public SeedanceEndpoint(String uri, SeedanceComponent component, SeedanceOperation operation,
            SeedanceConfiguration configuration) {
        super(uri, component);
        this.operation = operation;
        this.configuration = configuration;
    }

    @Override
    public SeedanceComponent getComponent() {
        return (SeedanceComponent) super.getComponent();
    }

    @Override
    public Producer createProducer() {
        return new SeedanceProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        Consumer consumer = switch (operation) {
            case tasks -> new SeedanceTasksConsumer(this, processor);
            case callback -> new SeedanceCallbackConsumer(this, processor);
            default -> throw new UnsupportedOperationException("seedance:" + operation + " has no consumer; use"
                    + " seedance:tasks or seedance:callback");
        };
        configureConsumer(consumer);
        return consumer;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        callbackAddress = CallbackAddress.of(configuration, getComponent().generatedCallbackToken());
        pollDelay = Duration.ofMillis(configuration.getPollDelay());
        pollMaxDelay = Duration.ofMillis(configuration.getPollMaxDelay());
        HttpClient http = configuration.getHttpClient() != null
                ? configuration.getHttpClient()
                : getComponent().sharedHttpClient(configuration.getConnectTimeout());
        String apiKey = getComponent().resolveApiKey(configuration.getApiKey());
        if (apiKey == null) {
            throw new IllegalArgumentException("No Seedance API key: set the apiKey option or the environment variable "
                    + ApiKeys.SEEDANCE_API_KEY + " (or " + ApiKeys.ARK_API_KEY + ")");
        }
        ModelCatalog catalog = modelCatalog();
        validator = new RequestValidator(catalog);
        SeedanceClient.Builder builder = clientBuilder(http, apiKey, catalog);
        // the account is known once the client has resolved the provider's base URL
        SeedanceClient resolved = builder.build();
        trackerKey = TrackerKey.of(resolved.provider(), resolved.baseUrl(), apiKey);
        client = builder.claims(getComponent().claims(trackerKey)).build();
        profile = Providers.of(client.provider()).profile(client.dialect());
        downloader = new VideoDownloader(http, Duration.ofMillis(configuration.getRequestTimeout()),
                DownloadPolicy.forProvider(client.provider(), client.baseUrl(),
                        configuration.getDownloadAllowedHosts(), configuration.isDownloadAllowPrivateAddresses(),
                        configuration.getDownloadMaxSize()));
        getComponent().tracker().register(trackerKey, client);
        // after the registration: the budget and the cap take back the tasks the tracker resumed
        governor = getComponent().governors().forEndpoint(trackerKey, configuration, catalog);
        // creates a crash cut off while on the wire: found and tracked, or reported as unknown outcomes
        getComponent().intents().settle(trackerKey, client).whenComplete((done, error) -> {
            if (error != null) {
                LOG.warn("Could not settle the Seedance creates left by a previous run: {}", error.getMessage());
            }
        });
    }

    /** Where the provider sends this endpoint's callbacks. */
    CallbackAddress callbackAddress() {
        return callbackAddress;
    }

    /** The request with this endpoint's callback URL, unless it has one or the provider sends no callbacks. */
    VideoRequest withCallbackUrl(VideoRequest request) {
        // a callbackBaseUrl set on the component reaches every endpoint, also those of providers without callbacks
        return client.features().has(Feature.CALLBACKS) ? callbackAddress.addTo(request) : request;
    }

    /** Whose tasks this endpoint's client creates and may poll: provider, base URL and account (a fingerprint). */
    TrackerKey trackerKey() {
        return trackerKey;
    }

    /**
     * Waiting that began at {@code since} (when the exchange arrived, before the create): it ends completionTimeout
     * later, or at the task's own expiry if that comes first.
     */
    TrackingPolicy trackingPolicy(Instant since, Integer executionExpiresAfter) {
        Instant deadline = since.plusMillis(configuration.getCompletionTimeout());
        if (executionExpiresAfter != null && deadline.isAfter(since.plusSeconds(executionExpiresAfter))) {
            deadline = since.plusSeconds(executionExpiresAfter);
        }
        return new TrackingPolicy(deadline, pollDelay, pollMaxDelay);
    }

    /** The shipped catalog, with the models of the modelCatalog option merged over it. */
    private ModelCatalog modelCatalog() {
        String resource = configuration.getModelCatalog();
        if (resource == null || resource.isBlank()) {
            return ModelCatalog.defaultCatalog();
        }
        try (InputStream in = ResourceHelper.resolveMandatoryResourceAsInputStream(getCamelContext(), resource)) {
            return ModelCatalog.defaultCatalog().mergedWith(ModelCatalog.load(in));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("Cannot use the model catalog " + resource + " (modelCatalog option): "
                    + e.getMessage(), e);
        }
    }

    private SeedanceClient.Builder clientBuilder(HttpClient http, String apiKey, ModelCatalog catalog) {
        SeedanceConfiguration c = configuration;
        return SeedanceClient.builder()
                .provider(c.getProvider())
                .baseUrl(c.getBaseUrl())
                .apiKey(apiKey)
                .providerOptions(c.providerOptionsAsText())
                .modelCatalog(catalog)
                .httpClient(http)
                .requestTimeout(Duration.ofMillis(c.getRequestTimeout()))
                .retry(new RetryPolicy(c.getMaxRetries(), Duration.ofMillis(c.getRetryDelay()),
                        Duration.ofMillis(c.getRetryMaxDelay())))
                .completionExecutor(getComponent().workers())
                .retryScheduler(getComponent().scheduler())
                .reconcile(new ReconcilePolicy(c.isReconcileLostCreates(),
                        Duration.ofMillis(c.getReconcileSettleDelay()), c.isResendCreatesProvenAbsent(),
                        c.isReconcileMarkCreates()))
                .caps(c.requestCaps());
    }

    /** The budget, quota and cap on tasks in flight this endpoint's creates pass. */
    Governor governor() {
        return governor;
    }

    SeedanceClient client() {
        return client;
    }

    /** Puts the finished task's video (and last frame) on the message, as the download options ask. */
    CompletableFuture<Void> download(Message message, VideoTask task) {
        CompletableFuture<Void> onWorker = new CompletableFuture<>();
        // the exchange goes on where the download ends: on a worker, never on an HTTP client thread
        TaskDownloads.apply(message, task, configuration, downloader, client).whenCompleteAsync((done, error) -> {
            if (error != null) {
                onWorker.completeExceptionally(error);
            } else {
                onWorker.complete(done);
            }
        }, getComponent().workers());
        return onWorker;
    }

    /**
     * Rejects, before anything is sent, a request that breaks the model catalog's rules or that the provider's wire
     * format cannot carry.
     *
     * @return what to send: in lenient mode the request less the fields the provider would ignore
     * @throws SeedanceValidationException naming every broken rule and its field
     */
    VideoRequest validate(VideoRequest request) {
        ValidationMode mode = configuration.getValidation();
        if (mode == ValidationMode.off) {
            return request;
        }
        Verdict verdict = validator.review(request, mode, profile);
        List<Violation> violations = new ArrayList<>(verdict.violations());
        // judged as given: a field the provider cannot carry is refused even where lenient mode would drop it
        violations.addAll(client.dialect().unsupported(request, mode));
        if (!violations.isEmpty()) {
            throw new SeedanceValidationException(violations);
        }
        return verdict.request();
    }

    public SeedanceOperation getOperation() {
        return operation;
    }

    /**
     * The operation: generate (submit a task), task (fetch one), tasks (list) or cancel.
     */
    public void setOperation(SeedanceOperation operation) {
        this.operation = operation;
    }

    public SeedanceConfiguration getConfiguration() {
        return configuration;
    }

    /**
     * The endpoint's configuration.
     */
    public void setConfiguration(SeedanceConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public String getServiceUrl() {
        return client != null ? client.baseUrl() : configuration.getBaseUrl();
    }

    @Override
    public String getServiceProtocol() {
        String url = getServiceUrl();
        return url != null && url.startsWith("http://") ? "http" : "https";
    }

    @Override
    public Map<String, String> getServiceMetadata() {
        return configuration.getModel() != null
                ? Map.of("provider", configuration.getProvider(), "model", configuration.getModel())
                : Map.of("provider", configuration.getProvider());
    }
}
