package io.camelseedance.component;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.apache.camel.Endpoint;
import org.apache.camel.builder.ThreadPoolProfileBuilder;
import org.apache.camel.spi.ExecutorServiceManager;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.util.PropertiesHelper;
import org.apache.camel.util.URISupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.camelseedance.client.TaskClaims;
import io.camelseedance.tracking.CreateIntents;
import io.camelseedance.tracking.FileTaskStore;
import io.camelseedance.tracking.InMemoryTaskStore;
import io.camelseedance.tracking.JdbcTaskStore;
import io.camelseedance.tracking.SharedTaskStore;
import io.camelseedance.tracking.TaskStore;
import io.camelseedance.tracking.TaskTracker;
import io.camelseedance.tracking.TrackerKey;

/**
 * Generates videos with ByteDance Seedance: {@code seedance:generate}, {@code seedance:task}, {@code seedance:tasks}
 * and {@code seedance:cancel} producers; {@code seedance:tasks} and {@code seedance:callback} consumers.
 * <p>
 * The component owns what its endpoints share: one HTTP client, one task tracker with its scheduler thread, and the
 * small pool of worker threads on which exchanges continue when the provider answers.
 */
@Component("seedance")
public class SeedanceComponent extends HealthCheckComponent {

    private static final Logger LOG = LoggerFactory.getLogger(SeedanceComponent.class);

    static {
        // Camel masks URI options by name pattern only (key, token, password, ...); callbackUrl carries the callback
        // token, so it joins the pattern. The pattern is global: a callbackUrl option of any component is masked too.
        URISupport.addSanitizeKeywords("callbackUrl");
    }

    /** How often the tracker syncs with its store: within it, an outcome recorded by another instance is seen. */
    private static final Duration STORE_SYNC_INTERVAL = Duration.ofMillis(500);

    @Metadata(description = "Component configuration, copied to every endpoint as its defaults.")
    private SeedanceConfiguration configuration = new SeedanceConfiguration();
    @Metadata(label = "advanced", description = "Where in-flight tasks and unemitted outcomes are kept. By default in"
            + " memory, or in files under taskStoreDirectory, or in the database of taskStoreDataSource when one of"
            + " them is set.")
    private TaskStore taskStore;
    @Metadata(label = "advanced", description = "A directory in which to keep in-flight tasks and unemitted outcomes"
            + " as files, so they survive a restart (ignored when taskStore is set).")
    private String taskStoreDirectory;
    @Metadata(label = "advanced", defaultValue = "10", description = "Threads on which exchanges continue once the"
            + " provider has answered.")
    private int workerPoolSize = 10;
    @Metadata(label = "advanced", defaultValue = "250", javaType = "java.time.Duration", description = "How often the tracker looks for tasks whose next poll is due.")
    private long trackerTick = 250;

    // several instances, one truth: the shared store (kept together, to move with the configuration's split)
    @Metadata(label = "advanced", description = "A DataSource (PostgreSQL) in which to keep in-flight tasks and"
            + " unemitted outcomes, shared by every instance that uses the same database: each task is polled by one"
            + " instance, taken over by another when that one dies, and emitted once over all of them. The tables are"
            + " created when absent. Ignored when taskStore is set.")
    private DataSource taskStoreDataSource;
    @Metadata(label = "advanced", defaultValue = "30000", javaType = "java.time.Duration", description = "With a"
            + " shared task store: how long an instance's hold on a task (or on an emission) lasts unless renewed, so"
            + " how long the tasks of an instance that died wait before another takes them over.")
    private long taskLease = JdbcTaskStore.DEFAULT_LEASE.toMillis();

    private ScheduledExecutorService scheduler;
    private ScheduledExecutorService storeThread;
    private ExecutorService workers;
    private ExecutorService httpThreads;
    private HttpClient sharedHttpClient;
    private TaskTracker tracker;
    private SeedanceMetrics metrics = SeedanceMetrics.NONE;
    private final Map<TrackerKey, TaskClaims> claims = new ConcurrentHashMap<>();
    private CreateIntents intents;
    private Governors governors;
    private volatile String generatedCallbackToken;
    private final Map<TrackerKey, Integer> trackedConsumers = new ConcurrentHashMap<>();

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        SeedanceConfiguration conf = configuration != null ? configuration.copy() : new SeedanceConfiguration();
        SeedanceEndpoint endpoint = new SeedanceEndpoint(uri, this, operation(remaining), conf);
        // Camel leaves multi-value options (extra.x=…, providerOption.x=…) for the component to collect
        conf.getExtra().putAll(PropertiesHelper.extractProperties(parameters, "extra."));
        conf.getProviderOptions().putAll(PropertiesHelper.extractProperties(parameters, "providerOption."));
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

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        ExecutorServiceManager threads = getCamelContext().getExecutorServiceManager();
        // a deadline timer per task in flight: Camel's default queue limit (1,000) would refuse the next task's
        scheduler = threads.newScheduledThreadPool(this, "SeedanceTracker",
                new ThreadPoolProfileBuilder("SeedanceTracker").poolSize(1).maxQueueSize(-1).build());
        workers = threads.newFixedThreadPool(this, "SeedanceWorker", workerPoolSize);
        // the HTTP client's own threads only move bytes: exchanges continue on the workers
        httpThreads = threads.newFixedThreadPool(this, "SeedanceHttp", 2);
        TaskStore store = store();
        if (store instanceof SharedTaskStore shared) {
            shared.open(); // an unreachable database fails the start here, with its reason
            // a database that answers slowly (or not at all) must not delay the polls
            storeThread = threads.newSingleThreadScheduledExecutor(this, "SeedanceTaskStore");
        } else {
            storeThread = scheduler;
        }
        tracker = new TaskTracker(store, scheduler, Duration.ofMillis(trackerTick), workers, storeThread,
                STORE_SYNC_INTERVAL);
        tracker.start();
        metrics = SeedanceMetrics.of(getCamelContext());
        intents = new CreateIntents(store, tracker);
        governors = new Governors(tracker, scheduler, workers, metrics);
        scheduler.scheduleWithFixedDelay(this::pruneIntents, 1, 1, TimeUnit.MINUTES);
        if (store instanceof SharedTaskStore shared) {
            // the creates an instance had on the wire when it died are settled by a survivor once its lease ended
            long every = shared.lease().toMillis();
            storeThread.scheduleWithFixedDelay(this::settleLapsedIntents, every, every, TimeUnit.MILLISECONDS);
        }
        if (generatedCallbackToken == null) {
            // kept across a stop and start of the context, so the callback URLs already handed out stay valid
            generatedCallbackToken = CallbackAddress.newToken();
        }
    }

    private TaskStore store() {
        if (taskStore != null) {
            return taskStore;
        }
        if (taskStoreDataSource != null) {
            return new JdbcTaskStore(taskStoreDataSource, Duration.ofMillis(taskLease), JdbcTaskStore.newInstanceId());
        }
        return taskStoreDirectory != null ? new FileTaskStore(Path.of(taskStoreDirectory)) : new InMemoryTaskStore();
    }

    @Override
    protected void doStop() throws Exception {
        if (tracker != null) {
            tracker.stop();
        }
        ExecutorServiceManager threads = getCamelContext().getExecutorServiceManager();
        for (ExecutorService pool : new ExecutorService[]{scheduler, storeThread, workers, httpThreads}) {
            if (pool != null) {
                threads.shutdownNow(pool);
            }
        }
        sharedHttpClient = null;
        super.doStop();
    }

    /**
     * One HTTP client for all endpoints without their own, so connections are pooled across routes. It follows no
     * redirects: the API key is on every API call, and downloads check each hop themselves.
     */
    synchronized HttpClient sharedHttpClient(long connectTimeoutMillis) {
        if (sharedHttpClient == null) {
            sharedHttpClient = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(connectTimeoutMillis))
                    .followRedirects(HttpClient.Redirect.NEVER).executor(httpThreads).build();
        }
        return sharedHttpClient;
    }

    String resolveApiKey(String configured) {
        return ApiKeys.resolve(configured, System::getenv);
    }

    TaskTracker tracker() {
        return tracker;
    }

    /** Where the component's task metrics go: camel-micrometer's registry, or nowhere. */
    SeedanceMetrics metrics() {
        return metrics;
    }

    /** The budgets and the caps on tasks in flight that the endpoints share. */
    Governors governors() {
        return governors;
    }

    /** The creates recorded before they are sent, to be settled after a crash. */
    CreateIntents intents() {
        return intents;
    }

    private void pruneIntents() {
        try {
            intents.prune();
            tracker.store().submissions().prune();
        } catch (UnsupportedOperationException e) {
            // a store of the user's without submission keys: nothing to prune
        } catch (RuntimeException e) {
            // a failed pruning leaves old records, which only cost disk; the next run tries again
            LOG.warn("Could not prune the Seedance create intents and submission keys: {}", e.toString());
        }
    }

    private void settleLapsedIntents() {
        try {
            intents.settleLapsed();
        } catch (RuntimeException e) {
            // the store is unavailable: the next round tries again
            LOG.warn("Could not settle the Seedance creates of instances gone: {}", e.toString());
        }
    }

    /** The store the tracker uses, when other instances share it; else {@code null}. */
    SharedTaskStore sharedStore() {
        return tracker != null && tracker.store() instanceof SharedTaskStore shared ? shared : null;
    }

    /** The tasks claimed by the submissions of the endpoints of one account. */
    TaskClaims claims(TrackerKey account) {
        return claims.computeIfAbsent(account, a -> new TaskClaims());
    }

    /** The callback token of the endpoints that set no callbackToken; never logged. */
    String generatedCallbackToken() {
        return generatedCallbackToken;
    }

    ScheduledExecutorService scheduler() {
        return scheduler;
    }

    ExecutorService workers() {
        return workers;
    }

    /** Tasks are kept for the tracked-mode consumers only while there is one of the same account to emit them. */
    boolean hasTrackedConsumer(TrackerKey key) {
        return trackedConsumers.containsKey(key);
    }

    void trackedConsumerStarted(TrackerKey key) {
        trackedConsumers.merge(key, 1, Integer::sum);
    }

    void trackedConsumerStopped(TrackerKey key) {
        trackedConsumers.computeIfPresent(key, (k, count) -> count > 1 ? count - 1 : null);
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

    public TaskStore getTaskStore() {
        return taskStore;
    }

    /**
     * Where in-flight tasks and unemitted outcomes are kept.
     */
    public void setTaskStore(TaskStore taskStore) {
        this.taskStore = taskStore;
    }

    public String getTaskStoreDirectory() {
        return taskStoreDirectory;
    }

    /**
     * A directory in which to keep in-flight tasks and unemitted outcomes as files, so they survive a restart.
     */
    public void setTaskStoreDirectory(String taskStoreDirectory) {
        this.taskStoreDirectory = taskStoreDirectory;
    }

    public DataSource getTaskStoreDataSource() {
        return taskStoreDataSource;
    }

    /**
     * A DataSource (PostgreSQL) in which to keep in-flight tasks and unemitted outcomes, shared by every instance that
     * uses the same database.
     */
    public void setTaskStoreDataSource(DataSource taskStoreDataSource) {
        this.taskStoreDataSource = taskStoreDataSource;
    }

    public long getTaskLease() {
        return taskLease;
    }

    /**
     * With a shared task store: how long an instance's hold on a task lasts unless renewed.
     */
    public void setTaskLease(long taskLease) {
        this.taskLease = taskLease;
    }

    public int getWorkerPoolSize() {
        return workerPoolSize;
    }

    /**
     * Threads on which exchanges continue once the provider has answered.
     */
    public void setWorkerPoolSize(int workerPoolSize) {
        this.workerPoolSize = workerPoolSize;
    }

    public long getTrackerTick() {
        return trackerTick;
    }

    /**
     * How often the tracker looks for tasks whose next poll is due.
     */
    public void setTrackerTick(long trackerTick) {
        this.trackerTick = trackerTick;
    }
}
