package io.camelseedance.component;

import java.net.http.HttpClient;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

import io.camelseedance.api.ValidationMode;
import io.camelseedance.client.DownloadPolicy;
import io.camelseedance.client.RequestLimits;
import io.camelseedance.governor.CostUnit;

/**
 * The options of the Seedance component and its endpoints. The component holds one instance; each endpoint gets a
 * copy, then its URI options on top. The request options, defaults that the message body and headers override, are
 * inherited from {@link SeedanceRequestDefaults}; these are the others: provider and account, HTTP and retries,
 * waiting and polling, downloads, consumers and callbacks.
 */
@UriParams
public class SeedanceConfiguration extends SeedanceRequestDefaults {
    @UriParam(label = "common", defaultValue = "byteplus", enums = "byteplus,volcengine,acedata,unified,evolink,apimart")
    private String provider = "byteplus";
    @UriParam(label = "common")
    private String baseUrl;
    @UriParam(label = "security", secret = true)
    private String apiKey;
    @UriParam(label = "producer", defaultValue = "lenient")
    private ValidationMode validation = ValidationMode.lenient;
    @UriParam(label = "producer")
    private String modelCatalog;
    @UriParam(label = "producer")
    private Integer pageNum;
    @UriParam(label = "producer")
    private Integer pageSize;
    @UriParam(label = "producer", enums = "queued,running,succeeded,failed,cancelled,expired")
    private String statusFilter;
    @UriParam(label = "producer")
    private String taskIds;
    @UriParam(label = "advanced", defaultValue = "30000", javaType = "java.time.Duration")
    private long requestTimeout = 30000L;
    @UriParam(label = "advanced", defaultValue = "10000", javaType = "java.time.Duration")
    private long connectTimeout = 10000L;
    @UriParam(label = "advanced", defaultValue = "3")
    private int maxRetries = 3;
    @UriParam(label = "advanced", defaultValue = "500", javaType = "java.time.Duration")
    private long retryDelay = 500L;
    @UriParam(label = "advanced", defaultValue = "30000", javaType = "java.time.Duration")
    private long retryMaxDelay = 30000L;
    @UriParam(label = "producer", defaultValue = "false")
    private boolean waitForCompletion = false;
    @UriParam(label = "producer", defaultValue = "true")
    private boolean failOnTaskError = true;
    @UriParam(label = "producer", defaultValue = "1800000", javaType = "java.time.Duration")
    private long completionTimeout = 1800000L;
    @UriParam(label = "advanced", defaultValue = "5000", javaType = "java.time.Duration")
    private long pollDelay = 5000L;
    @UriParam(label = "advanced", defaultValue = "60000", javaType = "java.time.Duration")
    private long pollMaxDelay = 60000L;
    @UriParam(label = "consumer", defaultValue = "tracked")
    private TasksConsumerMode mode = TasksConsumerMode.tracked;
    @UriParam(label = "common", defaultValue = "false")
    private boolean download;
    @UriParam(label = "common", defaultValue = "false")
    private boolean downloadLastFrame;
    @UriParam(label = "common")
    private String downloadDirectory;
    @UriParam(label = "consumer,advanced")
    private IdempotentRepository idempotentRepository;
    @UriParam(label = "common", prefix = "providerOption.", multiValue = true)
    private Map<String, Object> providerOptions = new LinkedHashMap<>();
    @UriParam(label = "advanced")
    @Metadata(autowired = false)
    private HttpClient httpClient;
    @UriParam(label = "common")
    private String callbackBaseUrl;
    @UriParam(label = "common", defaultValue = "/seedance/callback")
    private String callbackPath = CallbackAddress.DEFAULT_PATH;
    @UriParam(label = "security", secret = true)
    private String callbackToken;
    @UriParam(label = "consumer", defaultValue = "true")
    private boolean callbackConfirm = true;
    @UriParam(label = "consumer", defaultValue = "1048576")
    private int callbackMaxBodySize = 1024 * 1024;
    @UriParam(label = "consumer")
    private String httpServerComponent;
    @UriParam(label = "producer,advanced", defaultValue = "true")
    private boolean reconcileLostCreates = true;
    @UriParam(label = "producer,advanced", defaultValue = "3000", javaType = "java.time.Duration")
    private long reconcileSettleDelay = 3000L;
    @UriParam(label = "producer,advanced", defaultValue = "false")
    private boolean resendCreatesProvenAbsent;
    @UriParam(label = "producer,advanced", defaultValue = "false")
    private boolean reconcileMarkCreates;

    public String getProvider() {
        return provider;
    }

    /**
     * The provider to call, by id: byteplus (BytePlus ModelArk) or volcengine (Volcengine Ark), which speak the Ark API; acedata (Ace Data Cloud); unified (relay gateways of the /v2/videos/generations format, which need baseUrl); evolink (EvoLink); or apimart (APIMart). The provider decides the default base URL, the wire format and the model ids; a catalog model id of Seedance 2.0 is mapped onto EvoLink's and APIMart's own names.
     */
    public void setProvider(String provider) {
        this.provider = provider;
    }
    public String getBaseUrl() {
        return baseUrl;
    }

    /**
     * The provider's API base URL, overriding the provider's public endpoint: for Ark-compatible gateways, regional endpoints or the simulator, e.g. http://127.0.0.1:8089/api/v3. Required for the unified provider, which has no public endpoint.
     */
    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }
    public String getApiKey() {
        return apiKey;
    }

    /**
     * The provider's API key. When not set, the environment variable SEEDANCE_API_KEY is used, then ARK_API_KEY.
     */
    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }
    public ValidationMode getValidation() {
        return validation;
    }

    /**
     * How requests are checked against the model catalog before they are sent: strict (unknown model ids are rejected), lenient (unknown model ids pass with a warning) or off.
     */
    public void setValidation(ValidationMode validation) {
        this.validation = validation;
    }

    public String getModelCatalog() {
        return modelCatalog;
    }

    /**
     * A model catalog of your own, merged over the shipped one, so a model launched after this release is validated (and mapped onto the gateways' model names) like a shipped one: a classpath resource (classpath:my-models.json, the default scheme) or a file (file:/etc/seedance/models.json), in the shipped catalog's format ({"models": [...]}). A model sharing an id or alias with a shipped one replaces it; the others are added.
     */
    public void setModelCatalog(String modelCatalog) {
        this.modelCatalog = modelCatalog;
    }
    public Integer getPageNum() {
        return pageNum;
    }

    /**
     * The tasks operation: the 1-based page number.
     */
    public void setPageNum(Integer pageNum) {
        this.pageNum = pageNum;
    }
    public Integer getPageSize() {
        return pageSize;
    }

    /**
     * The tasks operation: tasks per page (1 to 500 on Ark).
     */
    public void setPageSize(Integer pageSize) {
        this.pageSize = pageSize;
    }
    public String getStatusFilter() {
        return statusFilter;
    }

    /**
     * The tasks operation: only tasks in this status.
     */
    public void setStatusFilter(String statusFilter) {
        this.statusFilter = statusFilter;
    }
    public String getTaskIds() {
        return taskIds;
    }

    /**
     * The tasks operation: comma-separated ids of the tasks to fetch.
     */
    public void setTaskIds(String taskIds) {
        this.taskIds = taskIds;
    }
    public long getRequestTimeout() {
        return requestTimeout;
    }

    /**
     * How long one HTTP call to the provider may take before it fails.
     */
    public void setRequestTimeout(long requestTimeout) {
        this.requestTimeout = requestTimeout;
    }
    public long getConnectTimeout() {
        return connectTimeout;
    }

    /**
     * How long connecting to the provider may take.
     */
    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }
    public int getMaxRetries() {
        return maxRetries;
    }

    /**
     * How often a failed call is re-sent: reads on rate limits, server errors and broken connections; creates only when the provider certainly did not accept them.
     */
    public void setMaxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
    }
    public long getRetryDelay() {
        return retryDelay;
    }

    /**
     * The delay before the first re-send; it doubles (with jitter) for each further one, unless the provider sends Retry-After.
     */
    public void setRetryDelay(long retryDelay) {
        this.retryDelay = retryDelay;
    }
    public long getRetryMaxDelay() {
        return retryMaxDelay;
    }

    /**
     * The longest computed delay between re-sends.
     */
    public void setRetryMaxDelay(long retryMaxDelay) {
        this.retryMaxDelay = retryMaxDelay;
    }
    public boolean isWaitForCompletion() {
        return waitForCompletion;
    }

    /**
     * Whether generate waits for the task to end before the exchange continues, with the final task in the body. No thread waits: the tracker polls (and takes callbacks) for all waiting exchanges together.
     */
    public void setWaitForCompletion(boolean waitForCompletion) {
        this.waitForCompletion = waitForCompletion;
    }

    public boolean isFailOnTaskError() {
        return failOnTaskError;
    }

    /**
     * Whether a task that ends failed, expired or cancelled fails the exchange (SeedanceTaskFailedException) when waiting for completion; otherwise the exchange continues with the task and its error headers.
     */
    public void setFailOnTaskError(boolean failOnTaskError) {
        this.failOnTaskError = failOnTaskError;
    }

    public long getCompletionTimeout() {
        return completionTimeout;
    }

    /**
     * How long to wait for a task to end; never longer than the task's executionExpiresAfter.
     */
    public void setCompletionTimeout(long completionTimeout) {
        this.completionTimeout = completionTimeout;
    }

    public long getPollDelay() {
        return pollDelay;
    }

    /**
     * The first delay between polls of a task in flight; it grows by half after each poll.
     */
    public void setPollDelay(long pollDelay) {
        this.pollDelay = pollDelay;
    }

    public long getPollMaxDelay() {
        return pollMaxDelay;
    }

    /**
     * The longest delay between polls of a task in flight.
     */
    public void setPollMaxDelay(long pollMaxDelay) {
        this.pollMaxDelay = pollMaxDelay;
    }

    public TasksConsumerMode getMode() {
        return mode;
    }

    /**
     * The tasks consumer: tracked emits the tasks this application submitted through generate; account emits every finished task the provider lists for the account.
     */
    public void setMode(TasksConsumerMode mode) {
        this.mode = mode;
    }

    public Map<String, Object> getProviderOptions() {
        return providerOptions;
    }

    /**
     * Provider-specific settings: for acedata, providerOption.mode=blocking (the create answers when the video is done; default async); for unified, where the relay puts the result, as JSON pointers: taskIdPointer, statusPointer (e.g. /data/status), videoUrlPointer, lastFrameUrlPointer, errorPointer, progressPointer.
     */
    public void setProviderOptions(Map<String, Object> providerOptions) {
        this.providerOptions = providerOptions;
    }

    /** The provider-specific settings as text, the way the dialects read them. */
    public Map<String, String> providerOptionsAsText() {
        Map<String, String> text = new LinkedHashMap<>();
        if (providerOptions != null) {
            providerOptions.forEach((k, v) -> text.put(k, String.valueOf(v)));
        }
        return text;
    }

    public boolean isDownload() {
        return download;
    }

    /**
     * Whether a finished task's MP4 is fetched onto the exchange (generate with waitForCompletion, and the consumers):
     * as a stream in the body with Content-Length and CamelAwsS3ContentLength set, so an S3 upload streams it, or into
     * downloadDirectory. The video URL expires: this is how to keep the video.
     */
    public void setDownload(boolean download) {
        this.download = download;
    }

    public boolean isDownloadLastFrame() {
        return downloadLastFrame;
    }

    /**
     * Whether the last frame (PNG) is fetched too: into downloadDirectory, else as the body when the video is not
     * downloaded, else as bytes in the CamelSeedanceLastFrame header.
     */
    public void setDownloadLastFrame(boolean downloadLastFrame) {
        this.downloadLastFrame = downloadLastFrame;
    }

    public String getDownloadDirectory() {
        return downloadDirectory;
    }

    /**
     * A directory to write downloads to, as <taskId>.mp4 and <taskId>-last-frame.png, instead of streaming them in
     * the body; the body is then the video file.
     */
    public void setDownloadDirectory(String downloadDirectory) {
        this.downloadDirectory = downloadDirectory;
    }

    public IdempotentRepository getIdempotentRepository() {
        return idempotentRepository;
    }

    /**
     * The consumers' memory of the tasks they have emitted; by default in memory. Use a persistent one (e.g. a
     * FileIdempotentRepository) for the account mode to emit each task once across restarts.
     */
    public void setIdempotentRepository(IdempotentRepository idempotentRepository) {
        this.idempotentRepository = idempotentRepository;
    }

    public HttpClient getHttpClient() {
        return httpClient;
    }

    /**
     * A shared JDK HttpClient to use instead of the component's own.
     */
    public void setHttpClient(HttpClient httpClient) {
        this.httpClient = httpClient;
    }

    public String getCallbackBaseUrl() {
        return callbackBaseUrl;
    }

    /**
     * The public base URL at which the provider reaches this application, e.g. https://videos.example.com. When set,
     * generate asks the provider to POST the task's status changes to this URL followed by callbackPath, a slash and a
     * secret token, unless the request has its own callbackUrl; a seedance:callback consumer receives them. Include
     * any context path of the HTTP server and of the rest configuration.
     */
    public void setCallbackBaseUrl(String callbackBaseUrl) {
        this.callbackBaseUrl = callbackBaseUrl;
    }

    public String getCallbackPath() {
        return callbackPath;
    }

    /**
     * The HTTP path under which callbacks are received (the token is appended as one more path segment). Shared by
     * generate, which builds the callback URL, and the seedance:callback consumer, which serves it: set it on the
     * component.
     */
    public void setCallbackPath(String callbackPath) {
        this.callbackPath = callbackPath;
    }

    public String getCallbackToken() {
        return callbackToken;
    }

    /**
     * The secret last path segment of the callback URL, which the callback consumer checks on every request: letters,
     * digits, hyphen, underscore, period and tilde, e.g. 32 random bytes in URL-safe Base64. When not set, the
     * component generates one at start, which lasts only as long as the JVM: set it for callbacks of tasks submitted
     * before a restart to be accepted after it. Set it on the component.
     */
    public void setCallbackToken(String callbackToken) {
        this.callbackToken = callbackToken;
    }

    public boolean isCallbackConfirm() {
        return callbackConfirm;
    }

    /**
     * Whether the callback consumer fetches a task from the provider before acting on a callback that says it has
     * ended, so that a forged or stale callback emits nothing and completes no waiting exchange.
     */
    public void setCallbackConfirm(boolean callbackConfirm) {
        this.callbackConfirm = callbackConfirm;
    }

    public int getCallbackMaxBodySize() {
        return callbackMaxBodySize;
    }

    /**
     * The largest callback body the callback consumer accepts, in bytes; a larger one is answered 413.
     */
    public void setCallbackMaxBodySize(int callbackMaxBodySize) {
        this.callbackMaxBodySize = callbackMaxBodySize;
    }

    public String getHttpServerComponent() {
        return httpServerComponent;
    }

    /**
     * The component (or bean) implementing RestConsumerFactory that serves the callback consumer's HTTP endpoint, e.g.
     * platform-http. By default: the rest configuration's component, else platform-http when it is on the classpath,
     * else the only RestConsumerFactory there is.
     */
    public void setHttpServerComponent(String httpServerComponent) {
        this.httpServerComponent = httpServerComponent;
    }

    public boolean isReconcileLostCreates() {
        return reconcileLostCreates;
    }

    /**
     * When a create's answer is lost (timeout, 5xx, broken connection) and the provider lists its tasks (Ark), look
     * for the task there before failing: it is adopted when exactly one task of the model, created since the create
     * was sent and claimed by no other submission, matches what the provider echoes of the request; otherwise the
     * exchange fails with SeedanceOutcomeUnknownException naming the candidate tasks. Ark echoes no prompt: identical
     * settings sent close together are told apart only with reconcileMarkCreates.
     */
    public void setReconcileLostCreates(boolean reconcileLostCreates) {
        this.reconcileLostCreates = reconcileLostCreates;
    }

    public long getReconcileSettleDelay() {
        return reconcileSettleDelay;
    }

    /**
     * How long after a search for a lost create that found nothing to search the provider's task list again, for a
     * provider whose list shows a new task late. 0 searches once.
     */
    public void setReconcileSettleDelay(long reconcileSettleDelay) {
        this.reconcileSettleDelay = reconcileSettleDelay;
    }

    public boolean isResendCreatesProvenAbsent() {
        return resendCreatesProvenAbsent;
    }

    /**
     * Re-send a lost create once when both searches of the provider's task list (before and after the settle delay)
     * found no task that could be it: the provider did not make it, so the re-send is not a second bill, unless its
     * list lags more than reconcileSettleDelay.
     */
    public void setResendCreatesProvenAbsent(boolean resendCreatesProvenAbsent) {
        this.resendCreatesProvenAbsent = resendCreatesProvenAbsent;
    }

    public boolean isReconcileMarkCreates() {
        return reconcileMarkCreates;
    }

    /**
     * Send each Ark create that leaves executionExpiresAfter unset with Ark's default (48 hours) shortened by a few
     * seconds, different for each create (up to an hour), so that the provider's echo tells apart creates whose
     * settings are otherwise the same and a lost one among them can still be adopted. It changes what is sent: such a
     * task expires unfinished up to an hour earlier. Off: those creates are reported as outcome-unknown with their
     * candidate tasks when their answer is lost.
     */
    public void setReconcileMarkCreates(boolean reconcileMarkCreates) {
        this.reconcileMarkCreates = reconcileMarkCreates;
    }

    public SeedanceConfiguration copy() {
        try {
            SeedanceConfiguration copy = (SeedanceConfiguration) clone();
            copy.providerOptions = providerOptions == null
                    ? new LinkedHashMap<>()
                    : new LinkedHashMap<>(providerOptions);
            return copy;
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    // Trust (issue 12): limits on what is sent, what is downloaded and what callbacks may buffer

    @UriParam(label = "producer,advanced", defaultValue = "10000")
    private int maxPromptLength = RequestLimits.Caps.DEFAULT_PROMPT_LENGTH;
    @UriParam(label = "producer,advanced", defaultValue = "31457280")
    private long maxImageSize = RequestLimits.Caps.DEFAULT_IMAGE_SIZE;
    @UriParam(label = "producer,advanced", defaultValue = "67108864")
    private long maxRequestSize = RequestLimits.Caps.DEFAULT_REQUEST_SIZE;
    @UriParam(label = "common,security")
    private String downloadAllowedHosts;
    @UriParam(label = "common,security", defaultValue = "false")
    private boolean downloadAllowPrivateAddresses;
    @UriParam(label = "common", defaultValue = "2147483648")
    private long downloadMaxSize = DownloadPolicy.DEFAULT_MAX_SIZE;
    @UriParam(label = "consumer,advanced", defaultValue = "16777216")
    private long callbackMaxBufferedSize = 16L * 1024 * 1024;

    public int getMaxPromptLength() {
        return maxPromptLength;
    }

    /**
     * The longest prompt, in characters, sent to a provider that documents no limit of its own (a documented limit,
     * such as Ace Data Cloud's 1000 characters, always applies). Checked before anything is sent.
     */
    public void setMaxPromptLength(int maxPromptLength) {
        this.maxPromptLength = maxPromptLength;
    }

    public long getMaxImageSize() {
        return maxImageSize;
    }

    /**
     * The largest inline (data: URL) image, in bytes, sent to a provider that documents no limit of its own (Ark and
     * EvoLink document 30 MB). Checked before anything is sent.
     */
    public void setMaxImageSize(long maxImageSize) {
        this.maxImageSize = maxImageSize;
    }

    public long getMaxRequestSize() {
        return maxRequestSize;
    }

    /**
     * The largest request body, in bytes, sent to a provider that documents no limit of its own (Ark and EvoLink
     * document 64 MB). Checked before anything is sent.
     */
    public void setMaxRequestSize(long maxRequestSize) {
        this.maxRequestSize = maxRequestSize;
    }

    public String getDownloadAllowedHosts() {
        return downloadAllowedHosts;
    }

    /**
     * More hosts that videos and last frames may be downloaded from, comma-separated: a host name, or *.domain for
     * its subdomains. Always allowed: the hosts the provider's documents name for its files and the host of the base
     * URL. A redirect is followed only to an allowed host.
     */
    public void setDownloadAllowedHosts(String downloadAllowedHosts) {
        this.downloadAllowedHosts = downloadAllowedHosts;
    }

    public boolean isDownloadAllowPrivateAddresses() {
        return downloadAllowPrivateAddresses;
    }

    /**
     * Whether downloads may go to loopback, private, link-local (cloud metadata) and other non-public addresses. Off
     * by default, except for the base URL's own host; turn it on only where the provider's files are served from an
     * internal network.
     */
    public void setDownloadAllowPrivateAddresses(boolean downloadAllowPrivateAddresses) {
        this.downloadAllowPrivateAddresses = downloadAllowPrivateAddresses;
    }

    public long getDownloadMaxSize() {
        return downloadMaxSize;
    }

    /**
     * The largest video or last frame downloaded, in bytes: a larger one (announced or as it arrives) fails the
     * download.
     */
    public void setDownloadMaxSize(long downloadMaxSize) {
        this.downloadMaxSize = downloadMaxSize;
    }

    public long getCallbackMaxBufferedSize() {
        return callbackMaxBufferedSize;
    }

    /**
     * How many bytes of callback bodies the callback consumer holds at once, over all requests; a request that would
     * go over is answered 503, which the provider retries.
     */
    public void setCallbackMaxBufferedSize(long callbackMaxBufferedSize) {
        this.callbackMaxBufferedSize = callbackMaxBufferedSize;
    }

    /** The size limits of creates where the provider documents none. */
    public RequestLimits.Caps requestCaps() {
        return new RequestLimits.Caps(maxPromptLength, maxImageSize, maxRequestSize);
    }

    // The spend governor (issue 15): budgets, a daily quota and a cap on tasks in flight, enforced before a create

    @UriParam(label = "producer,governor", defaultValue = "default")
    private String budgetName = "default";
    @UriParam(label = "producer,governor", defaultValue = "0")
    private double budget;
    @UriParam(label = "producer,governor", defaultValue = "tokens", enums = "tokens,credits,money")
    private CostUnit budgetUnit = CostUnit.tokens;
    @UriParam(label = "producer,governor", defaultValue = "86400000", javaType = "java.time.Duration")
    private long budgetPeriod = 86_400_000L;
    @UriParam(label = "producer,governor")
    private String priceTable;
    @UriParam(label = "producer,governor", defaultValue = "0")
    private int dailyTaskQuota;
    @UriParam(label = "producer,governor", defaultValue = "0")
    private int maxTasksInFlight;
    @UriParam(label = "producer,governor", defaultValue = "600000", javaType = "java.time.Duration")
    private long slotWaitTimeout = 600_000L;

    public String getBudgetName() {
        return budgetName;
    }

    /**
     * The budget that this endpoint's creates spend and count against the daily quota. Endpoints naming the same
     * budget share what it has spent (each checks it against its own budget and dailyTaskQuota); set on the
     * component, one budget serves every endpoint. Letters, digits, dot, colon, dash and underscore.
     */
    public void setBudgetName(String budgetName) {
        this.budgetName = budgetName;
    }

    public double getBudget() {
        return budget;
    }

    /**
     * What the creates may spend per budgetPeriod, in budgetUnit; 0 for no budget. Each create's cost is estimated
     * before it is sent (from the model catalog, the provider's formula or the price table); a create whose estimate
     * does not fit in what is left is refused with a SeedanceBudgetException and nothing is sent. When the task ends,
     * its estimate is replaced by the usage the provider reports.
     */
    public void setBudget(double budget) {
        this.budget = budget;
    }

    public CostUnit getBudgetUnit() {
        return budgetUnit;
    }

    /**
     * What the budget counts: tokens (Ark's billing tokens, width x height x frames / 1024), credits (EvoLink's, per
     * second of video) or money (through priceTable).
     */
    public void setBudgetUnit(CostUnit budgetUnit) {
        this.budgetUnit = budgetUnit;
    }

    public long getBudgetPeriod() {
        return budgetPeriod;
    }

    /**
     * How long a budget period lasts; what was spent counts from the start of the period and is forgotten when the
     * next one begins. Tasks still running at the turn are charged to the period in which they end.
     */
    public void setBudgetPeriod(long budgetPeriod) {
        this.budgetPeriod = budgetPeriod;
    }

    public String getPriceTable() {
        return priceTable;
    }

    /**
     * Prices per model for budgetUnit=money (and credits per second for budgetUnit=credits), comma-separated:
     * model:price/Mtokens (per million tokens, the tokens estimated by Ark's formula, the provider's usage once the
     * task ends) or model:price/second (per second of video). The flex service tier is priced at half (seed 001).
     */
    public void setPriceTable(String priceTable) {
        this.priceTable = priceTable;
    }

    public int getDailyTaskQuota() {
        return dailyTaskQuota;
    }

    /**
     * How many tasks the budget may submit per day (UTC); 0 for no quota. Beyond it, creates are refused with a
     * SeedanceBudgetException and nothing is sent.
     */
    public void setDailyTaskQuota(int dailyTaskQuota) {
        this.dailyTaskQuota = dailyTaskQuota;
    }

    public int getMaxTasksInFlight() {
        return maxTasksInFlight;
    }

    /**
     * The most tasks of one account (API key at a base URL) in flight at once, from create to end; 0 for no cap.
     * Further creates wait, in order and without holding a thread, until a task ends, at most slotWaitTimeout. The
     * first endpoint of an account to start sets its cap.
     */
    public void setMaxTasksInFlight(int maxTasksInFlight) {
        this.maxTasksInFlight = maxTasksInFlight;
    }

    public long getSlotWaitTimeout() {
        return slotWaitTimeout;
    }

    /**
     * How long a create waits for a slot under maxTasksInFlight; then the exchange fails with a
     * SeedanceSlotTimeoutException, nothing sent.
     */
    public void setSlotWaitTimeout(long slotWaitTimeout) {
        this.slotWaitTimeout = slotWaitTimeout;
    }
}
