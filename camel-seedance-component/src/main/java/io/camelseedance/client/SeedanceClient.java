package io.camelseedance.client;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.camelseedance.api.SeedanceApiException;
import io.camelseedance.api.SeedanceException;
import io.camelseedance.api.SeedanceOutcomeUnknownException;
import io.camelseedance.api.SeedanceValidationException;
import io.camelseedance.api.TaskPage;
import io.camelseedance.api.TaskQuery;
import io.camelseedance.api.VideoRequest;
import io.camelseedance.api.VideoTask;
import io.camelseedance.catalog.ModelCatalog;
import io.camelseedance.provider.HttpCall;
import io.camelseedance.provider.ProviderDescriptor;
import io.camelseedance.provider.ProviderDialect;
import io.camelseedance.provider.ProviderFeatures;
import io.camelseedance.provider.ProviderFeatures.Feature;
import io.camelseedance.provider.Providers;

/**
 * The one place that talks HTTP to a Seedance provider. Every call is asynchronous ({@code sendAsync}), has a timeout,
 * and completes its future exactly once, exceptionally on any transport failure: nothing hangs and no thread waits.
 * <p>
 * Reads and deletes are retried through rate limits, server errors and broken connections. A create is re-sent only
 * when the provider certainly did not accept it (429, connection refused); when its answer is lost (timeout, 5xx,
 * reset) the task is looked for in the provider's task list, where it has one, and adopted when exactly one
 * unclaimed task matches; otherwise it fails with {@link SeedanceOutcomeUnknownException}, because a second POST could
 * be a second bill.
 * The exception is a provider with idempotent creates (APIMart): the very same call, idempotency key included, is
 * re-sent like a read, and only when every re-send was lost too is the outcome unknown.
 * <p>
 * Usable without Camel. The API key is sent in the Authorization header only and never logged or put in a message.
 */
public final class SeedanceClient {

    private static final Logger LOG = LoggerFactory.getLogger(SeedanceClient.class);
    /** Compiled once: it is checked for every callback and every id of every read, which String.matches recompiles. */
    private static final Pattern TASK_ID = Pattern.compile("[A-Za-z0-9._:-]+");
    private static final String USER_AGENT = "camel-seedance";
    /** The largest answer read: a page of 500 tasks, the largest answer a provider documents, is well below 1 MB. */
    static final int MAX_ANSWER_BYTES = 16 * 1024 * 1024;

    private final String provider;
    private final ProviderFeatures features;
    private final ProviderDialect dialect;
    private final String baseUrl;
    private final String apiKey;
    private final HttpClient http;
    private final Duration requestTimeout;
    private final RetryPolicy retry;
    private final Executor completionExecutor;
    /** Where a call's timer fires: never the JDK's default, which may start a thread per call. */
    private final Executor timerExecutor;
    private final ScheduledExecutorService retryScheduler;
    private final ReconcilePolicy reconcile;
    private final TaskClaims claims;
    private final CreatesInFlight createsInFlight = new CreatesInFlight();
    private final CreateMarks marks = new CreateMarks();
    private final RequestLimits limits;
    private final AnswerCheck answers;

    private SeedanceClient(Builder b) {
        ProviderDescriptor p = Providers.of(b.provider);
        this.provider = p.id();
        this.features = p.features();
        this.dialect = p.newDialect(b.providerOptions, b.modelCatalog);
        String url = b.baseUrl != null && !b.baseUrl.isBlank() ? b.baseUrl : p.defaultBaseUrl().orElse(null);
        if (url == null) {
            throw new IllegalArgumentException("Provider " + provider + " has no public endpoint: set baseUrl");
        }
        this.baseUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        URI.create(this.baseUrl);
        if (b.apiKey == null || b.apiKey.isBlank()) {
            throw new IllegalArgumentException("No API key for Seedance provider " + provider);
        }
        this.apiKey = b.apiKey;
        this.requestTimeout = Objects.requireNonNull(b.requestTimeout, "requestTimeout");
        this.retry = Objects.requireNonNull(b.retry, "retry");
        this.http = b.httpClient != null
                ? Redirects.refuseFollowing(b.httpClient)
                : HttpClient.newBuilder().connectTimeout(b.connectTimeout).build();
        this.completionExecutor = b.completionExecutor;
        this.timerExecutor = b.completionExecutor != null ? b.completionExecutor : Runnable::run;
        this.retryScheduler = b.retryScheduler;
        this.reconcile = Objects.requireNonNull(b.reconcile, "reconcile");
        this.claims = b.claims != null ? b.claims : new TaskClaims();
        this.limits = RequestLimits.of(p, Objects.requireNonNull(b.caps, "caps"));
        this.answers = new AnswerCheck(provider);
    }

    public static Builder builder() {
        return new Builder();
    }

    public String provider() {
        return provider;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public ProviderFeatures features() {
        return features;
    }

    /** The dialect, for callers that parse what the provider pushes (callbacks). */
    public ProviderDialect dialect() {
        return dialect;
    }

    /**
     * Submits a generation task; the returned task has at least its id. A request over the provider's size limits
     * ({@link RequestLimits}) fails with a {@link SeedanceValidationException} before anything is sent. When the
     * answer is lost and the provider lists its tasks, the task is looked for there before anything is raised (see
     * {@link ReconcilePolicy}).
     */
    public CompletableFuture<VideoTask> create(VideoRequest request) {
        boolean idempotent = features.has(Feature.IDEMPOTENT_CREATE);
        boolean searchable = !idempotent && reconcile.enabled() && features.has(Feature.LIST);
        if (!searchable) {
            return create(request, false, false);
        }
        return create(reconcile.markCreates() ? marks.mark(request) : request, true, reconcile.resendWhenAbsent());
    }

    private CompletableFuture<VideoTask> create(VideoRequest request, boolean searchable, boolean mayResend) {
        boolean idempotent = features.has(Feature.IDEMPOTENT_CREATE);
        HttpCall call;
        try {
            limits.check(request);
            call = dialect.create(request).withHeader("X-Client-Request-Id", UUID.randomUUID().toString());
            limits.checkBody(call.jsonBody());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        } catch (StackOverflowError e) {
            // a pass-through value whose object graph is too deep to write (the depth check sees maps and lists)
            return CompletableFuture.failedFuture(new SeedanceValidationException("extra",
                    "a value nests too deeply to be written as JSON"));
        }
        Instant sentAt = Instant.now();
        // answered, or known lost and settling: what the search of another lost create waits for
        long number = searchable ? createsInFlight.sent() : -1;
        CompletableFuture<VideoTask> answered = send(call, idempotent ? CallKind.IDEMPOTENT_CREATE : CallKind.CREATE)
                .thenApply(r -> {
                    String what = "the task just created";
                    try {
                        return claimed(answers.task(r.statusCode(), r.body(), what,
                                answers.read(r.statusCode(), r.body(), what,
                                        () -> dialect.parseCreated(r.body(), request)),
                                null));
                    } catch (RuntimeException e) {
                        // the provider said yes but we cannot read which task it made: it exists and is billed
                        throw new SeedanceOutcomeUnknownException(provider,
                                "unreadable create response: " + e.getMessage(), e);
                    }
                });
        if (!searchable) {
            return answered;
        }
        LostCreate create = new LostCreate(request, sentAt);
        answered.whenComplete((task, error) -> {
            if (error != null && Failures.unwrap(error) instanceof SeedanceOutcomeUnknownException) {
                claims.settling(create); // a rival of the other lost creates from now on
            }
            createsInFlight.answered(number);
        });
        return answered.exceptionallyCompose(error -> {
            if (!(Failures.unwrap(error) instanceof SeedanceOutcomeUnknownException lost)) {
                return CompletableFuture.failedFuture(Failures.unwrap(error));
            }
            return new LostCreateSearch(provider, this::list, claims, reconcile, this::after, this::othersAnswered)
                    .settle(create, lost, mayResend ? () -> create(request, true, false) : null);
        });
    }

    private VideoTask claimed(VideoTask task) {
        claims.claim(task.id());
        return task;
    }

    private CompletableFuture<Void> othersAnswered() {
        return createsInFlight.allSentSoFar();
    }

    /** The creates under way and the lost creates' searches waiting for them, for tests that watch for a leak. */
    CreatesInFlight createsInFlight() {
        return createsInFlight;
    }

    private Executor after(Duration delay) {
        return retryScheduler != null
                ? task -> retryScheduler.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS)
                : CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The task as the provider knows it now; an answer about another task, or about none, is an error. */
    public CompletableFuture<VideoTask> get(String taskId) {
        return send(dialect.get(requireId(taskId)), CallKind.SAFE_TO_REPEAT).thenApply(r -> {
            String what = "the task " + taskId;
            return answers.task(r.statusCode(), r.body(), what,
                    answers.read(r.statusCode(), r.body(), what, () -> dialect.parseTask(r.body())), taskId);
        });
    }

    /**
     * Fetches many tasks in as few calls as the provider allows: one batch call where it has one, else one get per
     * task, all in flight at once.
     */
    public CompletableFuture<List<VideoTask>> getMany(List<String> taskIds) {
        taskIds.forEach(SeedanceClient::requireId);
        if (taskIds.isEmpty()) {
            return CompletableFuture.completedFuture(List.of());
        }
        if (features.has(Feature.BATCH_GET)) {
            return send(dialect.getMany(taskIds), CallKind.SAFE_TO_REPEAT).thenApply(r -> answers.tasks(r.statusCode(),
                    r.body(), "a batch of tasks", answers.read(r.statusCode(), r.body(), "a batch of tasks",
                            () -> dialect.parseMany(r.body()))));
        }
        List<CompletableFuture<VideoTask>> gets = taskIds.stream().map(this::get).toList();
        return CompletableFuture.allOf(gets.toArray(CompletableFuture[]::new))
                .thenApply(done -> gets.stream().map(CompletableFuture::join).toList());
    }

    public CompletableFuture<TaskPage> list(TaskQuery query) {
        if (!features.has(Feature.LIST)) {
            return CompletableFuture.failedFuture(unsupported("listing tasks"));
        }
        return send(dialect.list(query), CallKind.SAFE_TO_REPEAT).thenApply(r -> answers.page(r.statusCode(), r.body(),
                "a task list",
                answers.read(r.statusCode(), r.body(), "a task list", () -> dialect.parseList(r.body()))));
    }

    /** Cancels a queued task, or deletes the record of a finished one. */
    public CompletableFuture<Void> cancel(String taskId) {
        if (!features.has(Feature.CANCEL)) {
            return CompletableFuture.failedFuture(unsupported("cancelling tasks"));
        }
        return send(dialect.cancel(requireId(taskId)), CallKind.SAFE_TO_REPEAT).thenApply(r -> null);
    }

    private SeedanceException unsupported(String what) {
        return new SeedanceException("Provider " + provider + " does not support " + what);
    }

    private static String requireId(String taskId) {
        if (taskId == null || taskId.isBlank()) {
            throw new IllegalArgumentException("A task id is required");
        }
        if (!isTaskId(taskId)) {
            throw new IllegalArgumentException("Not a task id: " + taskId);
        }
        return taskId;
    }

    /** Whether the text can be a task id: it goes into request paths, so only characters that need no escaping. */
    public static boolean isTaskId(String text) {
        return text != null && TASK_ID.matcher(text).matches();
    }

    private CompletableFuture<HttpResponse<String>> send(HttpCall call, CallKind kind) {
        CompletableFuture<HttpResponse<String>> result = new CompletableFuture<>();
        attempt(call, kind, 1, result);
        return result;
    }

    private void attempt(HttpCall call, CallKind kind, int attempt, CompletableFuture<HttpResponse<String>> result) {
        AtomicBoolean late = new AtomicBoolean();
        BiConsumer<HttpResponse<String>, Throwable> handler = (response, error) -> {
            try {
                if (error != null) {
                    Throwable cause = Failures.unwrap(error);
                    onTransportError(call, kind, attempt, late.get() && cause instanceof CancellationException
                            ? new HttpTimeoutException("no complete answer within " + requestTimeout.toMillis()
                                    + " ms of its headers")
                            : cause, result);
                } else if (response.statusCode() / 100 == 2) {
                    result.complete(response);
                } else if (Redirects.isRedirect(response.statusCode())) {
                    result.completeExceptionally(redirectRefused(call, response));
                } else {
                    onErrorStatus(call, kind, attempt, response, result);
                }
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        };
        try {
            // the request timeout covers the headers only; a server that drips its body must not hold the call, so
            // the body gets as long again once the headers are in. The timer holds the exchange only until it
            // completes, and is the JDK's: one per call in flight must not fill a bounded scheduler queue. It fires
            // on the completion executor (else on the JDK's timer thread): by default it would start a thread of its
            // own for every call where the common pool has fewer than 2 threads (2 cores or fewer)
            AtomicReference<CompletableFuture<?>> pending = new AtomicReference<>();
            HttpResponse.BodyHandler<String> body = info -> {
                CompletableFuture.delayedExecutor(requestTimeout.toMillis(), TimeUnit.MILLISECONDS, timerExecutor)
                        .execute(() -> {
                            CompletableFuture<?> stillPending = pending.getAndSet(null);
                            if (stillPending != null) {
                                late.set(true);
                                stillPending.cancel(true);
                            }
                        });
                return answerBody();
            };
            CompletableFuture<HttpResponse<String>> sent = http.sendAsync(toRequest(call), body);
            pending.set(sent);
            sent.whenComplete((r, e) -> pending.set(null));
            // whatever follows a call (a route, a tracker update) must not run on the HTTP client's own threads
            if (completionExecutor != null) {
                sent.whenCompleteAsync(handler, completionExecutor);
            } else {
                sent.whenComplete(handler);
            }
        } catch (RuntimeException e) {
            result.completeExceptionally(e);
        }
    }

    /**
     * An answer's body: at most {@link #MAX_ANSWER_BYTES}, as UTF-8 (what is not UTF-8 becomes U+FFFD), and with the
     * API key blanked out, should a server echo the request back, before any message or log could quote it.
     */
    private BodySubscriber<String> answerBody() {
        return BodySubscribers.mapping(GuardedBody.text(MAX_ANSWER_BYTES,
                "the answer is larger than " + MAX_ANSWER_BYTES / (1024 * 1024) + " MB, more than any Seedance answer"),
                body -> body.contains(apiKey) ? body.replace(apiKey, "[API key]") : body);
    }

    private void schedule(Runnable action, Duration delay) {
        if (retryScheduler != null) {
            retryScheduler.schedule(action, delay.toMillis(), TimeUnit.MILLISECONDS);
        } else {
            CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS).execute(action);
        }
    }

    private void onTransportError(HttpCall call, CallKind kind, int attempt, Throwable error,
            CompletableFuture<HttpResponse<String>> result) {
        if (kind.mayResend(error) && retry.allowsRetry(attempt)) {
            resend(call, kind, attempt, null, Failures.describe(error), result);
        } else if (kind.creates() && !CallKind.neverSent(error)) {
            result.completeExceptionally(outcomeUnknown(kind, attempt, Failures.describe(error), error));
        } else {
            String what = CallKind.neverSent(error) ? "cannot connect to " : "call failed to ";
            result.completeExceptionally(new SeedanceException(
                    "Seedance " + provider + " " + what + baseUrl + " (" + call.method() + " " + call.path() + "): "
                            + Failures.describe(error),
                    error));
        }
    }

    private void onErrorStatus(HttpCall call, CallKind kind, int attempt, HttpResponse<String> response,
            CompletableFuture<HttpResponse<String>> result) {
        String requestId = response.headers().firstValue("X-Request-Id").orElse(null);
        Duration retryAfter = retryAfter(response);
        SeedanceApiException error = dialect.parseError(response.statusCode(), response.body(), requestId, retryAfter);
        if (kind.mayResend(error) && retry.allowsRetry(attempt)) {
            resend(call, kind, attempt, retryAfter, "HTTP " + response.statusCode(), result);
        } else if (kind.creates() && (error.httpStatus() >= 500 || error.httpStatus() == 408)) {
            String reason = "HTTP " + error.httpStatus() + " answer";
            result.completeExceptionally(outcomeUnknown(kind, attempt, reason, error));
        } else {
            result.completeExceptionally(error);
        }
    }

    /**
     * The API key goes with every API call, so an API call never follows a redirect: a provider, relay or proxy that
     * answers one would otherwise pass the key to whatever host it names.
     */
    private SeedanceApiException redirectRefused(HttpCall call, HttpResponse<?> response) {
        String target = Redirects.target(response);
        return new SeedanceApiException(provider, response.statusCode(), "redirect_refused", null, null,
                call.method() + " " + call.path() + " was redirected to " + target
                        + "; API calls follow no redirects, so that the API key only ever goes to "
                        + Locations.origin(URI.create(baseUrl)) + ": set baseUrl to the address that answers",
                response.headers().firstValue("X-Request-Id").orElse(null), null);
    }

    private SeedanceOutcomeUnknownException outcomeUnknown(CallKind kind, int attempt, String reason, Throwable error) {
        return kind == CallKind.IDEMPOTENT_CREATE
                ? SeedanceOutcomeUnknownException.afterResends(provider, reason, attempt - 1, error)
                : new SeedanceOutcomeUnknownException(provider, reason, error);
    }

    private void resend(HttpCall call, CallKind kind, int attempt, Duration retryAfter, String reason,
            CompletableFuture<HttpResponse<String>> result) {
        Duration delay = retry.delayBefore(attempt, retryAfter);
        LOG.warn("Seedance {} {} {} failed ({}); retry {}/{} in {} ms", provider, call.method(), call.path(), reason,
                attempt, retry.maxRetries(), delay.toMillis());
        schedule(() -> attempt(call, kind, attempt + 1, result), delay);
    }

    private HttpRequest toRequest(HttpCall call) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + call.path() + query(call.query())))
                .timeout(requestTimeout)
                .header("Authorization", "Bearer " + apiKey)
                .header("Accept", "application/json")
                .header("User-Agent", USER_AGENT);
        call.headers().forEach(b::header);
        if (call.jsonBody() != null) {
            b.header("Content-Type", "application/json")
                    .method(call.method(),
                            HttpRequest.BodyPublishers.ofString(call.jsonBody(), StandardCharsets.UTF_8));
        } else {
            b.method(call.method(), HttpRequest.BodyPublishers.noBody());
        }
        return b.build();
    }

    private static String query(Map<String, List<String>> params) {
        if (params.isEmpty()) {
            return "";
        }
        StringJoiner q = new StringJoiner("&", "?", "");
        params.forEach((key, values) -> values.forEach(
                v -> q.add(URLEncoder.encode(key, StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(v, StandardCharsets.UTF_8))));
        return q.toString();
    }

    /** Retry-After as seconds or as an HTTP date. */
    static Duration retryAfter(HttpResponse<?> response) {
        String value = response.headers().firstValue("Retry-After").orElse(null);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim())));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration d = Duration.between(ZonedDateTime.now(),
                        ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME));
                return d.isNegative() ? Duration.ZERO : d;
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }
    }

    /** Configures a {@link SeedanceClient}. */
    public static final class Builder {
        private String provider = Providers.DEFAULT;
        private String baseUrl;
        private String apiKey;
        private Map<String, String> providerOptions = Map.of();
        private ModelCatalog modelCatalog = ModelCatalog.defaultCatalog();
        private HttpClient httpClient;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration requestTimeout = Duration.ofSeconds(30);
        private RetryPolicy retry = RetryPolicy.defaults();
        private Executor completionExecutor;
        private ScheduledExecutorService retryScheduler;
        private ReconcilePolicy reconcile = ReconcilePolicy.defaults();
        private TaskClaims claims;
        private RequestLimits.Caps caps = RequestLimits.Caps.defaults();

        private Builder() {
        }

        /** Provider name, e.g. {@code byteplus} (the default) or {@code volcengine}. */
        public Builder provider(String provider) {
            this.provider = provider;
            return this;
        }

        /** Overrides the provider's public endpoint, e.g. for an Ark-compatible gateway or the simulator. */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        public Builder apiKey(String apiKey) {
            this.apiKey = apiKey;
            return this;
        }

        /** Provider-specific settings, as documented by each provider's dialect. */
        public Builder providerOptions(Map<String, String> providerOptions) {
            this.providerOptions = Map.copyOf(providerOptions);
            return this;
        }

        /**
         * The models the client knows (default: the shipped catalog): a gateway's dialect maps a model of a family it
         * offers onto its own model name by it.
         */
        public Builder modelCatalog(ModelCatalog modelCatalog) {
            this.modelCatalog = Objects.requireNonNull(modelCatalog, "modelCatalog");
            return this;
        }

        /**
         * A shared client; when set, connectTimeout is the shared client's business. It must not follow redirects
         * ({@link HttpClient.Redirect#NEVER}, the JDK's default): the API key would follow them to any host.
         */
        public Builder httpClient(HttpClient httpClient) {
            this.httpClient = httpClient;
            return this;
        }

        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
            return this;
        }

        public Builder requestTimeout(Duration requestTimeout) {
            this.requestTimeout = requestTimeout;
            return this;
        }

        public Builder retry(RetryPolicy retry) {
            this.retry = retry;
            return this;
        }

        /** Where answers are handed on; by default the HTTP client's thread that received them. */
        public Builder completionExecutor(Executor completionExecutor) {
            this.completionExecutor = completionExecutor;
            return this;
        }

        /** Where retries wait; by default the JDK's shared delayed executor. */
        public Builder retryScheduler(ScheduledExecutorService retryScheduler) {
            this.retryScheduler = retryScheduler;
            return this;
        }

        /** What to do when a create's answer is lost; by default, search the provider's task list. */
        public Builder reconcile(ReconcilePolicy reconcile) {
            this.reconcile = reconcile;
            return this;
        }

        /**
         * The tasks the account's submissions own, shared by every client of one account so that a lost create never
         * adopts a task another client made; by default this client's own.
         */
        public Builder claims(TaskClaims claims) {
            this.claims = claims;
            return this;
        }

        /** The size limits of creates where the provider documents none. */
        public Builder caps(RequestLimits.Caps caps) {
            this.caps = caps;
            return this;
        }

        public SeedanceClient build() {
            return new SeedanceClient(this);
        }
    }
}
