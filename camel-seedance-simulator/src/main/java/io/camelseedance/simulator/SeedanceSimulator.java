package io.camelseedance.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;

import io.camelseedance.simulator.ark.ArkFileDownloads;
import io.camelseedance.simulator.ark.ArkSimulation;

/**
 * A local fake of the Seedance video generation service on the loopback interface, speaking over real HTTP the
 * BytePlus ModelArk / Volcengine Ark task API, and in front of it, each under its own base path, the APIs of the
 * other providers: every {@link SimulatedProvider} registered on the classpath (the module README lists the
 * built-in ones). Tasks go through queued and running to an outcome on a timer, the prompt can steer outcomes
 * deterministically ({@code [sim:…]} tokens, see the module README), and everything the simulator receives or sends
 * is recorded for assertions.
 *
 * <pre>{@code
 * try (SeedanceSimulator sim = SeedanceSimulator.builder().apiKey("sim-key").build().start()) {
 *     String baseUrl = sim.baseUrl("byteplus");   // http://127.0.0.1:<port>/api/v3
 * }
 * }</pre>
 */
public final class SeedanceSimulator implements AutoCloseable {

    private static final int BACKLOG = 1024;
    private static final int SCHEDULER_THREADS = 2;
    private static final int CALLBACK_THREADS = 2;

    private enum State {
        NEW, RUNNING, CLOSED
    }

    private final SimulatorSettings settings;
    private final Faults faults;
    private final ProviderRegistry providers = ProviderRegistry.load();
    private final ScheduledFailures<Integer> scheduledFailures = new ScheduledFailures<>();
    private final ScheduledFailures<AnswerLoss> lossesAfterCreate = new ScheduledFailures<>();
    private final CreationsInFlight creations = new CreationsInFlight();
    private final Recorder<RecordedRequest> requests = new Recorder<>();
    private final Recorder<RecordedRequest> handledRequests = new Recorder<>();
    private final Recorder<RecordedRequest> lostAfterCreate = new Recorder<>();
    private final Recorder<CallbackDelivery> callbacks = new Recorder<>();
    private final Recorder<String> createdTasks = new Recorder<>();

    private State state = State.NEW;
    private HttpServer server;
    private ExecutorService serverThreads;
    private ScheduledExecutorService scheduler;
    private ExecutorService callbackThreads;
    private String baseUri;
    private ApiRoutes apis;
    private ArkSimulation ark;

    private SeedanceSimulator(SimulatorSettings settings, Faults faults) {
        this.settings = settings;
        this.faults = faults;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Binds the port and starts serving. A simulator starts once; build another one to start again.
     *
     * @return this simulator, for chaining after {@link Builder#build()}
     */
    public synchronized SeedanceSimulator start() {
        if (state != State.NEW) {
            throw new IllegalStateException("The simulator can be started only once; it is " + state);
        }
        avoidDelayedAcks();
        try {
            server = HttpServer.create(
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), settings.port()), BACKLOG);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot bind the simulator to port " + settings.port(), e);
        }
        int port = server.getAddress().getPort();
        baseUri = "http://" + host(server.getAddress()) + ":" + port;
        String threadPrefix = "seedance-sim-" + port + "-";
        scheduler = newScheduler(threadPrefix + "scheduler");
        serverThreads = Executors.newFixedThreadPool(
                settings.serverThreads(), new DaemonThreads(threadPrefix + "http"));
        CallbackSender callbackSender = newCallbackSender(threadPrefix + "callback");
        ark = new ArkSimulation(settings, baseUri, scheduler, callbackSender, creation -> {
            createdTasks.record(creation.taskId());
            creations.record(creation);
        });
        List<ApiRoutes.Route> routes = new ArrayList<>(
                providers.start(new SimulationContext(settings, baseUri, scheduler, callbackSender, ark)));
        routes.add(new ApiRoutes.Route(ArkFileDownloads.PREFIX, ark.files()));
        apis = new ApiRoutes(routes, ark.api());
        server.createContext("/", new SimulatorHttpHandler(new SimulatorHttpHandler.Settings(apis, requests,
                handledRequests, lostAfterCreate, faults, scheduledFailures, lossesAfterCreate, creations, scheduler,
                serverThreads)));
        server.setExecutor(serverThreads);
        server.start();
        state = State.RUNNING;
        return this;
    }

    /** Stops serving and drops every pending timer and callback. Safe to call more than once. */
    @Override
    public synchronized void close() {
        if (state == State.RUNNING) {
            server.stop(0);
            scheduler.shutdownNow();
            serverThreads.shutdownNow();
            callbackThreads.shutdownNow();
        }
        state = State.CLOSED;
    }

    public synchronized boolean isRunning() {
        return state == State.RUNNING;
    }

    public synchronized int port() {
        requireStarted();
        return server.getAddress().getPort();
    }

    /** Where the simulator listens, e.g. {@code http://127.0.0.1:8089}. */
    public synchronized String baseUri() {
        requireStarted();
        return baseUri;
    }

    /** The ids of the providers served, e.g. {@code byteplus}: those {@link #baseUrl(String)} knows. */
    public List<String> providerIds() {
        return providers.ids();
    }

    /**
     * The base URL to configure a client of this provider with, e.g. {@code http://127.0.0.1:8089/api/v3} for
     * {@code byteplus} or {@code http://127.0.0.1:8089/acedata} for {@code acedata}.
     *
     * @throws IllegalArgumentException for an id no registered provider serves; the message names the known ones
     */
    public String baseUrl(String providerId) {
        return baseUri() + providers.provider(providerId).basePath();
    }

    /**
     * The Ark ids of every task created so far, whichever API it came through, in creation order: the tasks the
     * simulated service really runs. A refused create adds none, and neither does an APIMart create that its
     * {@code Idempotency-Key} collapsed into an earlier one.
     */
    public List<String> createdTaskIds() {
        return createdTasks.all();
    }

    /**
     * How many tasks the simulated service runs at once (created, not yet ended), whichever API created them: what
     * a provider's limit on tasks in flight counts. Zero before the simulator starts.
     */
    public LiveTasks liveTasks() {
        ArkSimulation started;
        synchronized (this) {
            started = ark;
        }
        return started == null ? new LiveTasks() : started.liveTasks();
    }

    /** Every request received so far, in arrival order, including refused ones and file downloads. */
    public List<RecordedRequest> requests() {
        return requests.all();
    }

    /**
     * The requests with this method (case-insensitive; {@code null} for any) whose path starts with
     * {@code pathPrefix}.
     */
    public List<RecordedRequest> requests(String method, String pathPrefix) {
        return requests.matching(request -> (method == null || method.equalsIgnoreCase(request.method()))
                && request.path().startsWith(pathPrefix));
    }

    public void clearRequests() {
        requests.clear();
        handledRequests.clear();
        lostAfterCreate.clear();
    }

    /** Every callback POST attempt made so far, in the order their outcome was known. */
    public List<CallbackDelivery> callbacks() {
        return callbacks.all();
    }

    /**
     * The MP4 the simulator serves for a succeeded task, by its Ark id (see {@link #createdTaskIds()}): at the
     * task's pixel size and length, 24 fps, showing its prompt. Empty until the task has succeeded.
     */
    public Optional<byte[]> video(String arkTaskId) {
        ArkSimulation started;
        synchronized (this) {
            started = ark;
        }
        return started == null ? Optional.empty() : started.video(arkTaskId);
    }

    /** The PNG of the last frame of {@link #video(String)}, for a succeeded task that asked for it. */
    public Optional<byte[]> lastFrame(String arkTaskId) {
        ArkSimulation started;
        synchronized (this) {
            started = ark;
        }
        return started == null ? Optional.empty() : started.lastFrame(arkTaskId);
    }

    /**
     * The task with this id as its provider's GET would return it now, or empty if no provider knows it (or the
     * simulator never started). Ark and relay tasks have Ark's id; an Ace Data Cloud id gives the task as Ace's
     * {@code retrieve} query returns it, an EvoLink or APIMart id as that provider's GET returns it (for APIMart the
     * whole envelope).
     */
    public Optional<JsonNode> task(String id) {
        ApiRoutes started;
        synchronized (this) {
            started = apis;
        }
        return started == null ? Optional.empty() : started.task(id);
    }

    /**
     * Makes the next {@code times} requests with this method whose path starts with {@code pathPrefix} fail with
     * {@code httpStatus} and the provider's error body (429 carries {@code Retry-After}). The requests are still
     * recorded, and a failed create creates no task.
     */
    public void failNext(String method, String pathPrefix, int httpStatus, int times) {
        ScheduledFailures.requireErrorStatus(httpStatus);
        scheduledFailures.add(Objects.requireNonNull(method, "method"),
                Objects.requireNonNull(pathPrefix, "pathPrefix"),
                httpStatus, times);
    }

    /**
     * Makes the next {@code times} creates whose path starts with {@code pathPrefix} create their task, as usual, and
     * then answer {@code httpStatus} (400..599) with the provider's error body instead of it: the client sees an
     * error, yet the task exists and runs. Requests that create no task (refused creates, reads, an idempotent
     * replay) do not count.
     */
    public void failNextAfterCreate(String pathPrefix, int httpStatus, int times) {
        lossesAfterCreate.add("POST", Objects.requireNonNull(pathPrefix, "pathPrefix"),
                AnswerLoss.status(httpStatus), times);
    }

    /**
     * Makes the next {@code times} creates whose path starts with {@code pathPrefix} create their task and then close
     * the connection without any answer. Requests that create no task do not count.
     */
    public void resetNextAfterCreate(String pathPrefix, int times) {
        lossesAfterCreate.add("POST", Objects.requireNonNull(pathPrefix, "pathPrefix"), AnswerLoss.connectionCut(),
                times);
    }

    /**
     * The creates, in arrival order, that made their task and whose answer was then lost: replaced by a 5xx or a cut
     * connection by a fault after create ({@link Faults.Builder#serverErrorsAfterCreate},
     * {@link Faults.Builder#connectionResetsAfterCreate}, {@link #failNextAfterCreate}, {@link #resetNextAfterCreate}
     * or {@code [sim:afterCreate=…]}). They are among the {@link #handledRequests handled requests}.
     */
    public List<RecordedRequest> lostAfterCreate(String pathPrefix) {
        return lostAfterCreate.matching(request -> request.path().startsWith(pathPrefix));
    }

    /** The faults of this run, drawn at random at their rates ({@link Faults#NONE} unless the builder set some). */
    public Faults faults() {
        return faults;
    }

    /**
     * The requests that reached a simulated API, in arrival order: those that neither a fault of the run's
     * {@link Builder#faults(Faults) Faults} (a 429, 5xx or reset) nor a failure scheduled with {@link #failNext}
     * answered instead. A create among them created its task, unless the API refused it, even when its answer was
     * {@link #lostAfterCreate lost after create}.
     */
    public List<RecordedRequest> handledRequests(String method, String pathPrefix) {
        return handledRequests.all().stream()
                .filter(r -> method == null || r.method().equalsIgnoreCase(method))
                .filter(r -> r.path().startsWith(pathPrefix))
                .toList();
    }

    private void requireStarted() {
        if (state == State.NEW) {
            throw new IllegalStateException("The simulator has not been started");
        }
    }

    /**
     * Without TCP_NODELAY the JDK server's small responses wait for the client's delayed ACK, about 40 ms each.
     * The JDK reads the property once, so it must be set before the first server of the JVM is created.
     */
    private static void avoidDelayedAcks() {
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private CallbackSender newCallbackSender(String threadName) {
        callbackThreads = Executors.newFixedThreadPool(CALLBACK_THREADS, new DaemonThreads(threadName));
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(CallbackSender.CONNECT_TIMEOUT)
                .executor(callbackThreads)
                .build();
        return new CallbackSender(client, scheduler, callbacks::record, faults);
    }

    private static ScheduledExecutorService newScheduler(String threadName) {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(SCHEDULER_THREADS,
                new DaemonThreads(threadName));
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }

    private static String host(InetSocketAddress address) {
        String host = address.getAddress().getHostAddress();
        return address.getAddress() instanceof Inet6Address ? "[" + host + "]" : host;
    }

    /** Configures a {@link SeedanceSimulator}; every setting has a default that suits a quick local run. */
    public static final class Builder {

        private int port;
        private String apiKey;
        private Duration queuedFor = Duration.ofSeconds(1);
        private Duration runningFor = Duration.ofSeconds(3);
        private int retryAfterSeconds = 1;
        private int serverThreads = 8;
        private Faults faults = Faults.NONE;
        private final Map<String, String> endpoints = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Serves an Ark endpoint id as the given model: seed 001 lets {@code model} be "an endpoint ID", which an
         * account creates for a model in the console. Unknown endpoint ids are refused like unknown models.
         */
        public Builder endpoint(String endpointId, String modelId) {
            endpoints.put(Objects.requireNonNull(endpointId, "endpointId"), Objects.requireNonNull(modelId,
                    "modelId"));
            return this;
        }

        /** Faults at random, at the given rates (see {@link Faults}); default none. */
        public Builder faults(Faults faults) {
            this.faults = Objects.requireNonNull(faults, "faults");
            return this;
        }

        /** The port to listen on; 0 (the default) picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** The only bearer token accepted; {@code null} (the default) accepts any non-empty token. */
        public Builder apiKey(String apiKey) {
            this.apiKey = apiKey;
            return this;
        }

        /** How long a new task stays queued; default 1 s. */
        public Builder queuedFor(Duration queuedFor) {
            this.queuedFor = queuedFor;
            return this;
        }

        /** How long a task runs before its outcome; default 3 s. */
        public Builder runningFor(Duration runningFor) {
            this.runningFor = runningFor;
            return this;
        }

        /** The {@code Retry-After} seconds on simulated 429 answers; default 1. */
        public Builder retryAfterSeconds(int retryAfterSeconds) {
            this.retryAfterSeconds = retryAfterSeconds;
            return this;
        }

        /** How many threads answer HTTP requests; default 8. */
        public Builder serverThreads(int serverThreads) {
            this.serverThreads = serverThreads;
            return this;
        }

        public SeedanceSimulator build() {
            return new SeedanceSimulator(
                    new SimulatorSettings(port, apiKey, queuedFor, runningFor, retryAfterSeconds, serverThreads,
                            endpoints),
                    faults);
        }
    }
}
