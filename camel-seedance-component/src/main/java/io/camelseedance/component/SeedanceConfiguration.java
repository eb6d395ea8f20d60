package io.camelseedance.component;

import java.net.http.HttpClient;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

import io.camelseedance.api.ValidationMode;
import io.camelseedance.api.VideoRequest;
import io.camelseedance.api.VideoRequestReader;
import io.camelseedance.provider.JsonSupport;

/**
 * The options of the Seedance component and its endpoints. The component holds one instance; each endpoint gets a
 * copy, then its URI options on top. Request options are defaults: the message body and headers override them.
 */
@UriParams
public class SeedanceConfiguration implements Cloneable {
    @UriParam(label = "common", defaultValue = "byteplus", enums = "byteplus,volcengine,acedata,unified,evolink,apimart")
    private String provider = "byteplus";
    @UriParam(label = "common")
    private String baseUrl;
    @UriParam(label = "common")
    private String model;
    @UriParam(label = "security", secret = true)
    private String apiKey;
    @UriParam(label = "producer", defaultValue = "lenient")
    private ValidationMode validation = ValidationMode.lenient;
    @UriParam(label = "producer")
    private String prompt;
    @UriParam(label = "producer")
    private String firstFrame;
    @UriParam(label = "producer")
    private String lastFrame;
    @UriParam(label = "producer")
    private String referenceImages;
    @UriParam(label = "producer")
    private String videos;
    @UriParam(label = "producer")
    private String audios;
    @UriParam(label = "producer")
    private String draftTaskId;
    @UriParam(label = "producer", enums = "480p,720p,1080p")
    private String resolution;
    @UriParam(label = "producer", enums = "16:9,4:3,1:1,3:4,9:16,21:9,adaptive,9:21,keep_ratio")
    private String ratio;
    @UriParam(label = "producer")
    private Integer duration;
    @UriParam(label = "producer")
    private Integer frames;
    @UriParam(label = "producer")
    private Long seed;
    @UriParam(label = "producer")
    private Boolean cameraFixed;
    @UriParam(label = "producer")
    private Boolean watermark;
    @UriParam(label = "producer")
    private Boolean generateAudio;
    @UriParam(label = "producer")
    private Boolean returnLastFrame;
    @UriParam(label = "producer", enums = "default,flex")
    private String serviceTier;
    @UriParam(label = "producer")
    private Integer executionExpiresAfter;
    @UriParam(label = "producer")
    private Integer priority;
    @UriParam(label = "producer")
    private String safetyIdentifier;
    @UriParam(label = "producer")
    private String tools;
    @UriParam(label = "producer")
    private Boolean draft;
    @UriParam(label = "producer")
    private String outputFormat;
    @UriParam(label = "producer")
    private String taskType;
    @UriParam(label = "producer", secret = true)
    private String callbackUrl;
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
    @UriParam(label = "producer", prefix = "extra.", multiValue = true)
    private Map<String, Object> extra = new LinkedHashMap<>();
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
    public String getModel() {
        return model;
    }

    /**
     * The model id or endpoint id, e.g. dreamina-seedance-2-0-260128 (BytePlus), doubao-seedance-2-0-260128 (Volcengine), seedance-2.0 (EvoLink: the model of the mode the inputs call for) or doubao-seedance-2.0 (APIMart).
     */
    public void setModel(String model) {
        this.model = model;
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
    public String getPrompt() {
        return prompt;
    }

    /**
     * The text prompt, when the message body does not give one.
     */
    public void setPrompt(String prompt) {
        this.prompt = prompt;
    }
    public String getFirstFrame() {
        return firstFrame;
    }

    /**
     * URL of the image to use as the first frame (image-to-video).
     */
    public void setFirstFrame(String firstFrame) {
        this.firstFrame = firstFrame;
    }
    public String getLastFrame() {
        return lastFrame;
    }

    /**
     * URL of the image to use as the last frame; needs a first frame.
     */
    public void setLastFrame(String lastFrame) {
        this.lastFrame = lastFrame;
    }
    public String getReferenceImages() {
        return referenceImages;
    }

    /**
     * Comma-separated URLs of reference images (multimodal generation, up to 9).
     */
    public void setReferenceImages(String referenceImages) {
        this.referenceImages = referenceImages;
    }
    public String getVideos() {
        return videos;
    }

    /**
     * Comma-separated URLs of reference videos (up to 3).
     */
    public void setVideos(String videos) {
        this.videos = videos;
    }
    public String getAudios() {
        return audios;
    }

    /**
     * Comma-separated URLs of reference audios (up to 3); audio needs an image or a video beside it.
     */
    public void setAudios(String audios) {
        this.audios = audios;
    }
    public String getDraftTaskId() {
        return draftTaskId;
    }

    /**
     * The id of a draft task to render as the final video.
     */
    public void setDraftTaskId(String draftTaskId) {
        this.draftTaskId = draftTaskId;
    }
    public String getResolution() {
        return resolution;
    }

    /**
     * The video resolution: 480p, 720p or 1080p. The model's default when not set.
     */
    public void setResolution(String resolution) {
        this.resolution = resolution;
    }
    public String getRatio() {
        return ratio;
    }

    /**
     * The aspect ratio: 16:9, 4:3, 1:1, 3:4, 9:16, 21:9 or adaptive (chosen from the input); the unified provider also takes 9:21 and keep_ratio (the input image's ratio).
     */
    public void setRatio(String ratio) {
        this.ratio = ratio;
    }
    public Integer getDuration() {
        return duration;
    }

    /**
     * The video duration in seconds; -1 lets the model choose (Seedance 1.5 Pro and 2.0). Exclusive with frames.
     */
    public void setDuration(Integer duration) {
        this.duration = duration;
    }
    public Integer getFrames() {
        return frames;
    }

    /**
     * The frame count at 24 fps, 25 + 4n in 29 to 289, for fractional durations (Seedance 1.0 only). Exclusive with duration.
     */
    public void setFrames(Integer frames) {
        this.frames = frames;
    }
    public Long getSeed() {
        return seed;
    }

    /**
     * The random seed, -1 (random) to 4294967295. The same seed gives similar, not identical, results.
     */
    public void setSeed(Long seed) {
        this.seed = seed;
    }
    public Boolean getCameraFixed() {
        return cameraFixed;
    }

    /**
     * Whether to keep the camera fixed (not on Seedance 2.0).
     */
    public void setCameraFixed(Boolean cameraFixed) {
        this.cameraFixed = cameraFixed;
    }
    public Boolean getWatermark() {
        return watermark;
    }

    /**
     * Whether the video carries an AI-generated watermark.
     */
    public void setWatermark(Boolean watermark) {
        this.watermark = watermark;
    }
    public Boolean getGenerateAudio() {
        return generateAudio;
    }

    /**
     * Whether to generate audio synchronised with the video (Seedance 2.0 and 1.5 Pro).
     */
    public void setGenerateAudio(Boolean generateAudio) {
        this.generateAudio = generateAudio;
    }
    public Boolean getReturnLastFrame() {
        return returnLastFrame;
    }

    /**
     * Whether to return the video's last frame as a PNG, e.g. to chain clips.
     */
    public void setReturnLastFrame(Boolean returnLastFrame) {
        this.returnLastFrame = returnLastFrame;
    }
    public String getServiceTier() {
        return serviceTier;
    }

    /**
     * The service tier: default (online) or flex (offline, half price, slower; not on Seedance 2.0).
     */
    public void setServiceTier(String serviceTier) {
        this.serviceTier = serviceTier;
    }
    public Integer getExecutionExpiresAfter() {
        return executionExpiresAfter;
    }

    /**
     * Seconds after creation at which an unfinished task expires, 3600 to 259200 (provider default 172800).
     */
    public void setExecutionExpiresAfter(Integer executionExpiresAfter) {
        this.executionExpiresAfter = executionExpiresAfter;
    }
    public Integer getPriority() {
        return priority;
    }

    /**
     * The queue priority 0 to 9, higher first (Seedance 2.0, not with flex).
     */
    public void setPriority(Integer priority) {
        this.priority = priority;
    }
    public String getSafetyIdentifier() {
        return safetyIdentifier;
    }

    /**
     * A stable, hashed identifier of the end user (at most 64 characters), for the provider's abuse detection.
     */
    public void setSafetyIdentifier(String safetyIdentifier) {
        this.safetyIdentifier = safetyIdentifier;
    }
    public String getTools() {
        return tools;
    }

    /**
     * Comma-separated tools the model may call: web_search (Seedance 2.0).
     */
    public void setTools(String tools) {
        this.tools = tools;
    }
    public Boolean getDraft() {
        return draft;
    }

    /**
     * Whether to generate a cheap 480p draft to check the scene before the final render (Seedance 1.5 Pro).
     */
    public void setDraft(Boolean draft) {
        this.draft = draft;
    }
    public String getOutputFormat() {
        return outputFormat;
    }

    /**
     * The output container, e.g. mp4 or mov, on models that offer a choice.
     */
    public void setOutputFormat(String outputFormat) {
        this.outputFormat = outputFormat;
    }
    public String getTaskType() {
        return taskType;
    }

    /**
     * The multimodal task type, e.g. auto, reference, edit or extend, on models that take one.
     */
    public void setTaskType(String taskType) {
        this.taskType = taskType;
    }
    public String getCallbackUrl() {
        return callbackUrl;
    }

    /**
     * The URL the provider POSTs task status changes to. Treated as a secret, since it usually carries a token.
     */
    public void setCallbackUrl(String callbackUrl) {
        this.callbackUrl = callbackUrl;
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

    public Map<String, Object> getExtra() {
        return extra;
    }

    /**
     * Provider-specific fields passed verbatim into the request body, by their wire names, e.g. extra.output_format=mov. A value that parses as JSON (true, 5, [...], {...}) is sent as that JSON value, anything else as text.
     */
    public void setExtra(Map<String, Object> extra) {
        this.extra = extra;
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
     * exchange fails with SeedanceOutcomeUnknownException naming the candidate tasks. To tell concurrent creates
     * apart, a request that leaves executionExpiresAfter unset is sent with Ark's default shortened by up to an hour.
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

    /** The request fields these options set, as defaults for every message. */
    public VideoRequest requestDefaults() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("model", model);
        fields.put("prompt", prompt);
        fields.put("firstFrame", firstFrame);
        fields.put("lastFrame", lastFrame);
        fields.put("referenceImages", referenceImages);
        fields.put("videos", videos);
        fields.put("audios", audios);
        fields.put("draftTaskId", draftTaskId);
        fields.put("resolution", resolution);
        fields.put("ratio", ratio);
        fields.put("duration", duration);
        fields.put("frames", frames);
        fields.put("seed", seed);
        fields.put("cameraFixed", cameraFixed);
        fields.put("watermark", watermark);
        fields.put("generateAudio", generateAudio);
        fields.put("returnLastFrame", returnLastFrame);
        fields.put("serviceTier", serviceTier);
        fields.put("executionExpiresAfter", executionExpiresAfter);
        fields.put("priority", priority);
        fields.put("safetyIdentifier", safetyIdentifier);
        fields.put("tools", tools);
        fields.put("draft", draft);
        fields.put("outputFormat", outputFormat);
        fields.put("taskType", taskType);
        fields.put("callbackUrl", callbackUrl);
        fields.values().removeIf(v -> v == null);
        if (extra != null && !extra.isEmpty()) {
            Map<String, Object> typed = new LinkedHashMap<>();
            extra.forEach((key, value) -> typed.put(key, value instanceof String text ? jsonOrText(text) : value));
            fields.put("extra", typed);
        }
        return VideoRequestReader.fromMap(fields);
    }

    /** URI options are text: {@code extra.watermark=false} means the JSON literal, not the string "false". */
    private static Object jsonOrText(String text) {
        try {
            return JsonSupport.MAPPER.readValue(text, Object.class);
        } catch (JsonProcessingException notJson) {
            return text;
        }
    }

    public SeedanceConfiguration copy() {
        try {
            SeedanceConfiguration copy = (SeedanceConfiguration) clone();
            copy.extra = extra == null ? new LinkedHashMap<>() : new LinkedHashMap<>(extra);
            copy.providerOptions = providerOptions == null
                    ? new LinkedHashMap<>()
                    : new LinkedHashMap<>(providerOptions);
            return copy;
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }
}
