package io.camelseedance.dsl;

import java.util.Map;

import org.apache.camel.builder.EndpointConsumerBuilder;
import org.apache.camel.builder.EndpointProducerBuilder;
import org.apache.camel.builder.endpoint.AbstractEndpointBuilder;

/**
 * Endpoint DSL builder of the seedance component, for routes written with {@code EndpointRouteBuilder}:
 * {@code class MyRoutes extends EndpointRouteBuilder implements SeedanceEndpointBuilderFactory.SeedanceBuilders}.
 * <p>
 * Rendered from seedance.json by MetadataRenderer (a test keeps it up to date); do not edit by hand.
 */
public interface SeedanceEndpointBuilderFactory {

    /** The basic options of a seedance endpoint, to send to or consume from. */
    interface SeedanceEndpointBuilder extends EndpointConsumerBuilder, EndpointProducerBuilder {

        default AdvancedSeedanceEndpointBuilder advanced() {
            return (AdvancedSeedanceEndpointBuilder) this;
        }

        /** The provider's API base URL, overriding the provider's public endpoint: for Ark-compatible gateways, regional endpoints or the simulator, e.g. http://127.0.0.1:8089/api/v3. Required for the unified provider, which has no public endpoint. */
        default SeedanceEndpointBuilder baseUrl(String baseUrl) {
            doSetProperty("baseUrl", baseUrl);
            return this;
        }

        /** The public base URL at which the provider reaches this application, e.g. https://videos.example.com. When set, generate asks the provider to POST the task's status changes to this URL followed by callbackPath, a slash and a secret token, unless the request has its own callbackUrl; a seedance:callback consumer receives them. Include any context path of the HTTP server and of the rest configuration. */
        default SeedanceEndpointBuilder callbackBaseUrl(String callbackBaseUrl) {
            doSetProperty("callbackBaseUrl", callbackBaseUrl);
            return this;
        }

        /** The HTTP path under which callbacks are received (the token is appended as one more path segment). Shared by generate, which builds the callback URL, and the seedance:callback consumer, which serves it: set it on the component. */
        default SeedanceEndpointBuilder callbackPath(String callbackPath) {
            doSetProperty("callbackPath", callbackPath);
            return this;
        }

        /** Whether a finished task's MP4 is fetched onto the exchange (generate with waitForCompletion, and the consumers): as a stream in the body with Content-Length and CamelAwsS3ContentLength set, so an S3 upload streams it, or into downloadDirectory. The video URL expires: this is how to keep the video. */
        default SeedanceEndpointBuilder download(boolean download) {
            doSetProperty("download", download);
            return this;
        }

        /** Whether a finished task's MP4 is fetched onto the exchange (generate with waitForCompletion, and the consumers): as a stream in the body with Content-Length and CamelAwsS3ContentLength set, so an S3 upload streams it, or into downloadDirectory. The video URL expires: this is how to keep the video. */
        default SeedanceEndpointBuilder download(String download) {
            doSetProperty("download", download);
            return this;
        }

        /** A directory to write downloads to, as .mp4 and -last-frame.png, instead of streaming them in the body; the body is then the video file. */
        default SeedanceEndpointBuilder downloadDirectory(String downloadDirectory) {
            doSetProperty("downloadDirectory", downloadDirectory);
            return this;
        }

        /** Whether the last frame (PNG) is fetched too: into downloadDirectory, else as the body when the video is not downloaded, else as bytes in the CamelSeedanceLastFrame header. */
        default SeedanceEndpointBuilder downloadLastFrame(boolean downloadLastFrame) {
            doSetProperty("downloadLastFrame", downloadLastFrame);
            return this;
        }

        /** Whether the last frame (PNG) is fetched too: into downloadDirectory, else as the body when the video is not downloaded, else as bytes in the CamelSeedanceLastFrame header. */
        default SeedanceEndpointBuilder downloadLastFrame(String downloadLastFrame) {
            doSetProperty("downloadLastFrame", downloadLastFrame);
            return this;
        }

        /** The largest video or last frame downloaded, in bytes: a larger one (announced or as it arrives) fails the download. */
        default SeedanceEndpointBuilder downloadMaxSize(long downloadMaxSize) {
            doSetProperty("downloadMaxSize", downloadMaxSize);
            return this;
        }

        /** The largest video or last frame downloaded, in bytes: a larger one (announced or as it arrives) fails the download. */
        default SeedanceEndpointBuilder downloadMaxSize(String downloadMaxSize) {
            doSetProperty("downloadMaxSize", downloadMaxSize);
            return this;
        }

        /** The model id or endpoint id, e.g. dreamina-seedance-2-0-260128 (BytePlus), doubao-seedance-2-0-260128 (Volcengine), seedance-2.0 (EvoLink: the model of the mode the inputs call for) or doubao-seedance-2.0 (APIMart). */
        default SeedanceEndpointBuilder model(String model) {
            doSetProperty("model", model);
            return this;
        }

        /** The provider to call, by id: byteplus (BytePlus ModelArk) or volcengine (Volcengine Ark), which speak the Ark API; acedata (Ace Data Cloud); unified (relay gateways of the /v2/videos/generations format, which need baseUrl); evolink (EvoLink); or apimart (APIMart). The provider decides the default base URL, the wire format and the model ids; a catalog model id of Seedance 2.0 is mapped onto EvoLink's and APIMart's own names. */
        default SeedanceEndpointBuilder provider(String provider) {
            doSetProperty("provider", provider);
            return this;
        }

        /** Provider-specific settings: for acedata, providerOption.mode=blocking (the create answers when the video is done; default async); for unified, where the relay puts the result, as JSON pointers: taskIdPointer, statusPointer (e.g. /data/status), videoUrlPointer, lastFrameUrlPointer, errorPointer, progressPointer. This is a multi-value option with prefix: providerOption. */
        default SeedanceEndpointBuilder providerOptions(String key, Object value) {
            doSetMultiValueProperty("providerOptions", "providerOption." + key, value);
            return this;
        }

        /** Provider-specific settings: for acedata, providerOption.mode=blocking (the create answers when the video is done; default async); for unified, where the relay puts the result, as JSON pointers: taskIdPointer, statusPointer (e.g. /data/status), videoUrlPointer, lastFrameUrlPointer, errorPointer, progressPointer. This is a multi-value option with prefix: providerOption. */
        default SeedanceEndpointBuilder providerOptions(Map<String, Object> values) {
            doSetMultiValueProperties("providerOptions", "providerOption.", values);
            return this;
        }

        /** Whether the callback consumer fetches a task from the provider before acting on a callback that says it has ended, so that a forged or stale callback emits nothing and completes no waiting exchange. */
        default SeedanceEndpointBuilder callbackConfirm(boolean callbackConfirm) {
            doSetProperty("callbackConfirm", callbackConfirm);
            return this;
        }

        /** Whether the callback consumer fetches a task from the provider before acting on a callback that says it has ended, so that a forged or stale callback emits nothing and completes no waiting exchange. */
        default SeedanceEndpointBuilder callbackConfirm(String callbackConfirm) {
            doSetProperty("callbackConfirm", callbackConfirm);
            return this;
        }

        /** The largest callback body the callback consumer accepts, in bytes; a larger one is answered 413. */
        default SeedanceEndpointBuilder callbackMaxBodySize(int callbackMaxBodySize) {
            doSetProperty("callbackMaxBodySize", callbackMaxBodySize);
            return this;
        }

        /** The largest callback body the callback consumer accepts, in bytes; a larger one is answered 413. */
        default SeedanceEndpointBuilder callbackMaxBodySize(String callbackMaxBodySize) {
            doSetProperty("callbackMaxBodySize", callbackMaxBodySize);
            return this;
        }

        /** The component (or bean) implementing RestConsumerFactory that serves the callback consumer's HTTP endpoint, e.g. platform-http. By default: the rest configuration's component, else platform-http when it is on the classpath, else the only RestConsumerFactory there is. */
        default SeedanceEndpointBuilder httpServerComponent(String httpServerComponent) {
            doSetProperty("httpServerComponent", httpServerComponent);
            return this;
        }

        /** The tasks consumer: tracked emits the tasks this application submitted through generate; account emits every finished task the provider lists for the account. */
        default SeedanceEndpointBuilder mode(io.camelseedance.component.TasksConsumerMode mode) {
            doSetProperty("mode", mode);
            return this;
        }

        /** The tasks consumer: tracked emits the tasks this application submitted through generate; account emits every finished task the provider lists for the account. */
        default SeedanceEndpointBuilder mode(String mode) {
            doSetProperty("mode", mode);
            return this;
        }

        /** If the polling consumer did not poll any files, you can enable this option to send an empty message (no body) instead. */
        default SeedanceEndpointBuilder sendEmptyMessageWhenIdle(boolean sendEmptyMessageWhenIdle) {
            doSetProperty("sendEmptyMessageWhenIdle", sendEmptyMessageWhenIdle);
            return this;
        }

        /** If the polling consumer did not poll any files, you can enable this option to send an empty message (no body) instead. */
        default SeedanceEndpointBuilder sendEmptyMessageWhenIdle(String sendEmptyMessageWhenIdle) {
            doSetProperty("sendEmptyMessageWhenIdle", sendEmptyMessageWhenIdle);
            return this;
        }

        /** Comma-separated URLs of reference audios (up to 3); audio needs an image or a video beside it. */
        default SeedanceEndpointBuilder audios(String audios) {
            doSetProperty("audios", audios);
            return this;
        }

        /** The URL the provider POSTs task status changes to. Treated as a secret, since it usually carries a token. */
        default SeedanceEndpointBuilder callbackUrl(String callbackUrl) {
            doSetProperty("callbackUrl", callbackUrl);
            return this;
        }

        /** Whether to keep the camera fixed (not on Seedance 2.0). */
        default SeedanceEndpointBuilder cameraFixed(Boolean cameraFixed) {
            doSetProperty("cameraFixed", cameraFixed);
            return this;
        }

        /** Whether to keep the camera fixed (not on Seedance 2.0). */
        default SeedanceEndpointBuilder cameraFixed(String cameraFixed) {
            doSetProperty("cameraFixed", cameraFixed);
            return this;
        }

        /** How long to wait for a task to end; never longer than the task's executionExpiresAfter. */
        default SeedanceEndpointBuilder completionTimeout(long completionTimeout) {
            doSetProperty("completionTimeout", completionTimeout);
            return this;
        }

        /** How long to wait for a task to end; never longer than the task's executionExpiresAfter. */
        default SeedanceEndpointBuilder completionTimeout(String completionTimeout) {
            doSetProperty("completionTimeout", completionTimeout);
            return this;
        }

        /** Whether to generate a cheap 480p draft to check the scene before the final render (Seedance 1.5 Pro). */
        default SeedanceEndpointBuilder draft(Boolean draft) {
            doSetProperty("draft", draft);
            return this;
        }

        /** Whether to generate a cheap 480p draft to check the scene before the final render (Seedance 1.5 Pro). */
        default SeedanceEndpointBuilder draft(String draft) {
            doSetProperty("draft", draft);
            return this;
        }

        /** The id of a draft task to render as the final video. */
        default SeedanceEndpointBuilder draftTaskId(String draftTaskId) {
            doSetProperty("draftTaskId", draftTaskId);
            return this;
        }

        /** The video duration in seconds; -1 lets the model choose (Seedance 1.5 Pro and 2.0). With frames: Ark renders the frames (lenient validation drops the duration), Ace Data Cloud refuses the pair. */
        default SeedanceEndpointBuilder duration(Integer duration) {
            doSetProperty("duration", duration);
            return this;
        }

        /** The video duration in seconds; -1 lets the model choose (Seedance 1.5 Pro and 2.0). With frames: Ark renders the frames (lenient validation drops the duration), Ace Data Cloud refuses the pair. */
        default SeedanceEndpointBuilder duration(String duration) {
            doSetProperty("duration", duration);
            return this;
        }

        /** Seconds after creation at which an unfinished task expires, 3600 to 259200 (provider default 172800). */
        default SeedanceEndpointBuilder executionExpiresAfter(Integer executionExpiresAfter) {
            doSetProperty("executionExpiresAfter", executionExpiresAfter);
            return this;
        }

        /** Seconds after creation at which an unfinished task expires, 3600 to 259200 (provider default 172800). */
        default SeedanceEndpointBuilder executionExpiresAfter(String executionExpiresAfter) {
            doSetProperty("executionExpiresAfter", executionExpiresAfter);
            return this;
        }

        /** Provider-specific fields passed verbatim into the request body, by their wire names, e.g. extra.output_format=mov. A value that parses as JSON (true, 5, ..., {...}) is sent as that JSON value, anything else as text. This is a multi-value option with prefix: extra. */
        default SeedanceEndpointBuilder extra(String key, Object value) {
            doSetMultiValueProperty("extra", "extra." + key, value);
            return this;
        }

        /** Provider-specific fields passed verbatim into the request body, by their wire names, e.g. extra.output_format=mov. A value that parses as JSON (true, 5, ..., {...}) is sent as that JSON value, anything else as text. This is a multi-value option with prefix: extra. */
        default SeedanceEndpointBuilder extra(Map<String, Object> values) {
            doSetMultiValueProperties("extra", "extra.", values);
            return this;
        }

        /** Whether a task that ends failed, expired or cancelled fails the exchange (SeedanceTaskFailedException) when waiting for completion; otherwise the exchange continues with the task and its error headers. */
        default SeedanceEndpointBuilder failOnTaskError(boolean failOnTaskError) {
            doSetProperty("failOnTaskError", failOnTaskError);
            return this;
        }

        /** Whether a task that ends failed, expired or cancelled fails the exchange (SeedanceTaskFailedException) when waiting for completion; otherwise the exchange continues with the task and its error headers. */
        default SeedanceEndpointBuilder failOnTaskError(String failOnTaskError) {
            doSetProperty("failOnTaskError", failOnTaskError);
            return this;
        }

        /** URL of the image to use as the first frame (image-to-video). */
        default SeedanceEndpointBuilder firstFrame(String firstFrame) {
            doSetProperty("firstFrame", firstFrame);
            return this;
        }

        /** The frame count at 24 fps, 25 4n in 29 to 289, for fractional durations (Seedance 1.0 only). Wins over duration on Ark; exclusive with it on Ace Data Cloud. */
        default SeedanceEndpointBuilder frames(Integer frames) {
            doSetProperty("frames", frames);
            return this;
        }

        /** The frame count at 24 fps, 25 4n in 29 to 289, for fractional durations (Seedance 1.0 only). Wins over duration on Ark; exclusive with it on Ace Data Cloud. */
        default SeedanceEndpointBuilder frames(String frames) {
            doSetProperty("frames", frames);
            return this;
        }

        /** Whether to generate audio synchronised with the video (Seedance 2.0 and 1.5 Pro). */
        default SeedanceEndpointBuilder generateAudio(Boolean generateAudio) {
            doSetProperty("generateAudio", generateAudio);
            return this;
        }

        /** Whether to generate audio synchronised with the video (Seedance 2.0 and 1.5 Pro). */
        default SeedanceEndpointBuilder generateAudio(String generateAudio) {
            doSetProperty("generateAudio", generateAudio);
            return this;
        }

        /** URL of the image to use as the last frame; needs a first frame. */
        default SeedanceEndpointBuilder lastFrame(String lastFrame) {
            doSetProperty("lastFrame", lastFrame);
            return this;
        }

        /** A model catalog of your own, merged over the shipped one, so a model launched after this release is validated (and mapped onto the gateways' model names) like a shipped one: a classpath resource (classpath:my-models.json, the default scheme) or a file (file:/etc/seedance/models.json), in the shipped catalog's format ({models: ...}). A model sharing an id or alias with a shipped one replaces it; the others are added. */
        default SeedanceEndpointBuilder modelCatalog(String modelCatalog) {
            doSetProperty("modelCatalog", modelCatalog);
            return this;
        }

        /** The output container, e.g. mp4 or mov, on models that offer a choice. */
        default SeedanceEndpointBuilder outputFormat(String outputFormat) {
            doSetProperty("outputFormat", outputFormat);
            return this;
        }

        /** The tasks operation: the 1-based page number. */
        default SeedanceEndpointBuilder pageNum(Integer pageNum) {
            doSetProperty("pageNum", pageNum);
            return this;
        }

        /** The tasks operation: the 1-based page number. */
        default SeedanceEndpointBuilder pageNum(String pageNum) {
            doSetProperty("pageNum", pageNum);
            return this;
        }

        /** The tasks operation: tasks per page (1 to 500 on Ark). */
        default SeedanceEndpointBuilder pageSize(Integer pageSize) {
            doSetProperty("pageSize", pageSize);
            return this;
        }

        /** The tasks operation: tasks per page (1 to 500 on Ark). */
        default SeedanceEndpointBuilder pageSize(String pageSize) {
            doSetProperty("pageSize", pageSize);
            return this;
        }

        /** The queue priority 0 to 9, higher first (Seedance 2.0, not with flex). */
        default SeedanceEndpointBuilder priority(Integer priority) {
            doSetProperty("priority", priority);
            return this;
        }

        /** The queue priority 0 to 9, higher first (Seedance 2.0, not with flex). */
        default SeedanceEndpointBuilder priority(String priority) {
            doSetProperty("priority", priority);
            return this;
        }

        /** The text prompt, when the message body does not give one. */
        default SeedanceEndpointBuilder prompt(String prompt) {
            doSetProperty("prompt", prompt);
            return this;
        }

        /** The aspect ratio: 16:9, 4:3, 1:1, 3:4, 9:16, 21:9 or adaptive (chosen from the input); the unified provider also takes 9:21 and keep_ratio (the input image's ratio). */
        default SeedanceEndpointBuilder ratio(String ratio) {
            doSetProperty("ratio", ratio);
            return this;
        }

        /** Comma-separated URLs of reference images (multimodal generation, up to 9). */
        default SeedanceEndpointBuilder referenceImages(String referenceImages) {
            doSetProperty("referenceImages", referenceImages);
            return this;
        }

        /** The video resolution: 480p, 720p or 1080p. The model's default when not set. */
        default SeedanceEndpointBuilder resolution(String resolution) {
            doSetProperty("resolution", resolution);
            return this;
        }

        /** Whether to return the video's last frame as a PNG, e.g. to chain clips. */
        default SeedanceEndpointBuilder returnLastFrame(Boolean returnLastFrame) {
            doSetProperty("returnLastFrame", returnLastFrame);
            return this;
        }

        /** Whether to return the video's last frame as a PNG, e.g. to chain clips. */
        default SeedanceEndpointBuilder returnLastFrame(String returnLastFrame) {
            doSetProperty("returnLastFrame", returnLastFrame);
            return this;
        }

        /** A stable, hashed identifier of the end user (at most 64 characters), for the provider's abuse detection. */
        default SeedanceEndpointBuilder safetyIdentifier(String safetyIdentifier) {
            doSetProperty("safetyIdentifier", safetyIdentifier);
            return this;
        }

        /** The random seed, -1 (random) to 4294967295. The same seed gives similar, not identical, results. */
        default SeedanceEndpointBuilder seed(Long seed) {
            doSetProperty("seed", seed);
            return this;
        }

        /** The random seed, -1 (random) to 4294967295. The same seed gives similar, not identical, results. */
        default SeedanceEndpointBuilder seed(String seed) {
            doSetProperty("seed", seed);
            return this;
        }

        /** The service tier: default (online) or flex (offline, half price, slower; not on Seedance 2.0). */
        default SeedanceEndpointBuilder serviceTier(String serviceTier) {
            doSetProperty("serviceTier", serviceTier);
            return this;
        }

        /** The tasks operation: only tasks in this status. */
        default SeedanceEndpointBuilder statusFilter(String statusFilter) {
            doSetProperty("statusFilter", statusFilter);
            return this;
        }

        /** The tasks operation: comma-separated ids of the tasks to fetch. */
        default SeedanceEndpointBuilder taskIds(String taskIds) {
            doSetProperty("taskIds", taskIds);
            return this;
        }

        /** The multimodal task type, e.g. auto, reference, edit or extend, on models that take one. */
        default SeedanceEndpointBuilder taskType(String taskType) {
            doSetProperty("taskType", taskType);
            return this;
        }

        /** Comma-separated tools the model may call: web_search (Seedance 2.0). */
        default SeedanceEndpointBuilder tools(String tools) {
            doSetProperty("tools", tools);
            return this;
        }

        /** How requests are checked against the model catalog before they are sent: strict (unknown model ids are rejected), lenient (unknown model ids pass with a warning) or off. */
        default SeedanceEndpointBuilder validation(io.camelseedance.api.ValidationMode validation) {
            doSetProperty("validation", validation);
            return this;
        }

        /** How requests are checked against the model catalog before they are sent: strict (unknown model ids are rejected), lenient (unknown model ids pass with a warning) or off. */
        default SeedanceEndpointBuilder validation(String validation) {
            doSetProperty("validation", validation);
            return this;
        }

        /** Comma-separated URLs of reference videos (up to 3). */
        default SeedanceEndpointBuilder videos(String videos) {
            doSetProperty("videos", videos);
            return this;
        }

        /** Whether generate waits for the task to end before the exchange continues, with the final task in the body. No thread waits: the tracker polls (and takes callbacks) for all waiting exchanges together. */
        default SeedanceEndpointBuilder waitForCompletion(boolean waitForCompletion) {
            doSetProperty("waitForCompletion", waitForCompletion);
            return this;
        }

        /** Whether generate waits for the task to end before the exchange continues, with the final task in the body. No thread waits: the tracker polls (and takes callbacks) for all waiting exchanges together. */
        default SeedanceEndpointBuilder waitForCompletion(String waitForCompletion) {
            doSetProperty("waitForCompletion", waitForCompletion);
            return this;
        }

        /** Whether the video carries an AI-generated watermark. */
        default SeedanceEndpointBuilder watermark(Boolean watermark) {
            doSetProperty("watermark", watermark);
            return this;
        }

        /** Whether the video carries an AI-generated watermark. */
        default SeedanceEndpointBuilder watermark(String watermark) {
            doSetProperty("watermark", watermark);
            return this;
        }

        /** What the creates may spend per budgetPeriod, in budgetUnit; 0 for no budget. Each create's cost is estimated before it is sent (from the model catalog, the provider's formula or the price table); a create whose estimate does not fit in what is left is refused with a SeedanceBudgetException and nothing is sent. When the task ends, its estimate is replaced by the usage the provider reports. */
        default SeedanceEndpointBuilder budget(double budget) {
            doSetProperty("budget", budget);
            return this;
        }

        /** What the creates may spend per budgetPeriod, in budgetUnit; 0 for no budget. Each create's cost is estimated before it is sent (from the model catalog, the provider's formula or the price table); a create whose estimate does not fit in what is left is refused with a SeedanceBudgetException and nothing is sent. When the task ends, its estimate is replaced by the usage the provider reports. */
        default SeedanceEndpointBuilder budget(String budget) {
            doSetProperty("budget", budget);
            return this;
        }

        /** The budget that this endpoint's creates spend and count against the daily quota. Endpoints naming the same budget share what it has spent (each checks it against its own budget and dailyTaskQuota); set on the component, one budget serves every endpoint. Letters, digits, dot, colon, dash and underscore. */
        default SeedanceEndpointBuilder budgetName(String budgetName) {
            doSetProperty("budgetName", budgetName);
            return this;
        }

        /** How long a budget period lasts; what was spent counts from the start of the period and is forgotten when the next one begins. Tasks still running at the turn are charged to the period in which they end. */
        default SeedanceEndpointBuilder budgetPeriod(long budgetPeriod) {
            doSetProperty("budgetPeriod", budgetPeriod);
            return this;
        }

        /** How long a budget period lasts; what was spent counts from the start of the period and is forgotten when the next one begins. Tasks still running at the turn are charged to the period in which they end. */
        default SeedanceEndpointBuilder budgetPeriod(String budgetPeriod) {
            doSetProperty("budgetPeriod", budgetPeriod);
            return this;
        }

        /** What the budget counts: tokens (Ark's billing tokens, width x height x frames / 1024), credits (EvoLink's, per second of video) or money (through priceTable). */
        default SeedanceEndpointBuilder budgetUnit(io.camelseedance.governor.CostUnit budgetUnit) {
            doSetProperty("budgetUnit", budgetUnit);
            return this;
        }

        /** What the budget counts: tokens (Ark's billing tokens, width x height x frames / 1024), credits (EvoLink's, per second of video) or money (through priceTable). */
        default SeedanceEndpointBuilder budgetUnit(String budgetUnit) {
            doSetProperty("budgetUnit", budgetUnit);
            return this;
        }

        /** How many tasks the budget may submit per day (UTC); 0 for no quota. Beyond it, creates are refused with a SeedanceBudgetException and nothing is sent. */
        default SeedanceEndpointBuilder dailyTaskQuota(int dailyTaskQuota) {
            doSetProperty("dailyTaskQuota", dailyTaskQuota);
            return this;
        }

        /** How many tasks the budget may submit per day (UTC); 0 for no quota. Beyond it, creates are refused with a SeedanceBudgetException and nothing is sent. */
        default SeedanceEndpointBuilder dailyTaskQuota(String dailyTaskQuota) {
            doSetProperty("dailyTaskQuota", dailyTaskQuota);
            return this;
        }

        /** The most tasks of one account (API key at a base URL) in flight at once, from create to end; 0 for no cap. Further creates wait, in order and without holding a thread, until a task ends, at most slotWaitTimeout. The first endpoint of an account to start sets its cap. */
        default SeedanceEndpointBuilder maxTasksInFlight(int maxTasksInFlight) {
            doSetProperty("maxTasksInFlight", maxTasksInFlight);
            return this;
        }

        /** The most tasks of one account (API key at a base URL) in flight at once, from create to end; 0 for no cap. Further creates wait, in order and without holding a thread, until a task ends, at most slotWaitTimeout. The first endpoint of an account to start sets its cap. */
        default SeedanceEndpointBuilder maxTasksInFlight(String maxTasksInFlight) {
            doSetProperty("maxTasksInFlight", maxTasksInFlight);
            return this;
        }

        /** Prices per model for budgetUnit=money (and credits per second for budgetUnit=credits), comma-separated: model:price/Mtokens (per million tokens, the tokens estimated by Ark's formula, the provider's usage once the task ends) or model:price/second (per second of video). The flex service tier is priced at half (seed 001). */
        default SeedanceEndpointBuilder priceTable(String priceTable) {
            doSetProperty("priceTable", priceTable);
            return this;
        }

        /** How long a create waits for a slot under maxTasksInFlight; then the exchange fails with a SeedanceSlotTimeoutException, nothing sent. */
        default SeedanceEndpointBuilder slotWaitTimeout(long slotWaitTimeout) {
            doSetProperty("slotWaitTimeout", slotWaitTimeout);
            return this;
        }

        /** How long a create waits for a slot under maxTasksInFlight; then the exchange fails with a SeedanceSlotTimeoutException, nothing sent. */
        default SeedanceEndpointBuilder slotWaitTimeout(String slotWaitTimeout) {
            doSetProperty("slotWaitTimeout", slotWaitTimeout);
            return this;
        }

        /** The number of subsequent error polls (failed due some error) that should happen before the backoffMultipler should kick-in. */
        default SeedanceEndpointBuilder backoffErrorThreshold(int backoffErrorThreshold) {
            doSetProperty("backoffErrorThreshold", backoffErrorThreshold);
            return this;
        }

        /** The number of subsequent error polls (failed due some error) that should happen before the backoffMultipler should kick-in. */
        default SeedanceEndpointBuilder backoffErrorThreshold(String backoffErrorThreshold) {
            doSetProperty("backoffErrorThreshold", backoffErrorThreshold);
            return this;
        }

        /** The number of subsequent idle polls that should happen before the backoffMultipler should kick-in. */
        default SeedanceEndpointBuilder backoffIdleThreshold(int backoffIdleThreshold) {
            doSetProperty("backoffIdleThreshold", backoffIdleThreshold);
            return this;
        }

        /** The number of subsequent idle polls that should happen before the backoffMultipler should kick-in. */
        default SeedanceEndpointBuilder backoffIdleThreshold(String backoffIdleThreshold) {
            doSetProperty("backoffIdleThreshold", backoffIdleThreshold);
            return this;
        }

        /** To let the scheduled polling consumer backoff if there has been a number of subsequent idles/errors in a row. The multiplier is then the number of polls that will be skipped before the next actual attempt is happening again. When this option is in use then backoffIdleThreshold and/or backoffErrorThreshold must also be configured. */
        default SeedanceEndpointBuilder backoffMultiplier(int backoffMultiplier) {
            doSetProperty("backoffMultiplier", backoffMultiplier);
            return this;
        }

        /** To let the scheduled polling consumer backoff if there has been a number of subsequent idles/errors in a row. The multiplier is then the number of polls that will be skipped before the next actual attempt is happening again. When this option is in use then backoffIdleThreshold and/or backoffErrorThreshold must also be configured. */
        default SeedanceEndpointBuilder backoffMultiplier(String backoffMultiplier) {
            doSetProperty("backoffMultiplier", backoffMultiplier);
            return this;
        }

        /** Milliseconds before the next poll. */
        default SeedanceEndpointBuilder delay(long delay) {
            doSetProperty("delay", delay);
            return this;
        }

        /** Milliseconds before the next poll. */
        default SeedanceEndpointBuilder delay(String delay) {
            doSetProperty("delay", delay);
            return this;
        }

        /** If greedy is enabled, then the ScheduledPollConsumer will run immediately again, if the previous run polled 1 or more messages. */
        default SeedanceEndpointBuilder greedy(boolean greedy) {
            doSetProperty("greedy", greedy);
            return this;
        }

        /** If greedy is enabled, then the ScheduledPollConsumer will run immediately again, if the previous run polled 1 or more messages. */
        default SeedanceEndpointBuilder greedy(String greedy) {
            doSetProperty("greedy", greedy);
            return this;
        }

        /** Milliseconds before the first poll starts. */
        default SeedanceEndpointBuilder initialDelay(long initialDelay) {
            doSetProperty("initialDelay", initialDelay);
            return this;
        }

        /** Milliseconds before the first poll starts. */
        default SeedanceEndpointBuilder initialDelay(String initialDelay) {
            doSetProperty("initialDelay", initialDelay);
            return this;
        }

        /** Specifies a maximum limit of number of fires. So if you set it to 1, the scheduler will only fire once. If you set it to 5, it will only fire five times. A value of zero or negative means fire forever. */
        default SeedanceEndpointBuilder repeatCount(long repeatCount) {
            doSetProperty("repeatCount", repeatCount);
            return this;
        }

        /** Specifies a maximum limit of number of fires. So if you set it to 1, the scheduler will only fire once. If you set it to 5, it will only fire five times. A value of zero or negative means fire forever. */
        default SeedanceEndpointBuilder repeatCount(String repeatCount) {
            doSetProperty("repeatCount", repeatCount);
            return this;
        }

        /** The consumer logs a start/complete log line when it polls. This option allows you to configure the logging level for that. */
        default SeedanceEndpointBuilder runLoggingLevel(org.apache.camel.LoggingLevel runLoggingLevel) {
            doSetProperty("runLoggingLevel", runLoggingLevel);
            return this;
        }

        /** The consumer logs a start/complete log line when it polls. This option allows you to configure the logging level for that. */
        default SeedanceEndpointBuilder runLoggingLevel(String runLoggingLevel) {
            doSetProperty("runLoggingLevel", runLoggingLevel);
            return this;
        }

        /** Allows for configuring a custom/shared thread pool to use for the consumer. By default each consumer has its own single threaded thread pool. */
        default SeedanceEndpointBuilder scheduledExecutorService(java.util.concurrent.ScheduledExecutorService scheduledExecutorService) {
            doSetProperty("scheduledExecutorService", scheduledExecutorService);
            return this;
        }

        /** Allows for configuring a custom/shared thread pool to use for the consumer. By default each consumer has its own single threaded thread pool. */
        default SeedanceEndpointBuilder scheduledExecutorService(String scheduledExecutorService) {
            doSetProperty("scheduledExecutorService", scheduledExecutorService);
            return this;
        }

        /** To use a cron scheduler from either camel-spring or camel-quartz component. Use value spring or quartz for built in scheduler */
        default SeedanceEndpointBuilder scheduler(Object scheduler) {
            doSetProperty("scheduler", scheduler);
            return this;
        }

        /** To use a cron scheduler from either camel-spring or camel-quartz component. Use value spring or quartz for built in scheduler */
        default SeedanceEndpointBuilder scheduler(String scheduler) {
            doSetProperty("scheduler", scheduler);
            return this;
        }

        /** To configure additional properties when using a custom scheduler or any of the Quartz, Spring based scheduler. This is a multi-value option with prefix: scheduler. */
        default SeedanceEndpointBuilder schedulerProperties(String key, Object value) {
            doSetMultiValueProperty("schedulerProperties", "scheduler." + key, value);
            return this;
        }

        /** To configure additional properties when using a custom scheduler or any of the Quartz, Spring based scheduler. This is a multi-value option with prefix: scheduler. */
        default SeedanceEndpointBuilder schedulerProperties(Map<String, Object> values) {
            doSetMultiValueProperties("schedulerProperties", "scheduler.", values);
            return this;
        }

        /** Whether the scheduler should be auto started. */
        default SeedanceEndpointBuilder startScheduler(boolean startScheduler) {
            doSetProperty("startScheduler", startScheduler);
            return this;
        }

        /** Whether the scheduler should be auto started. */
        default SeedanceEndpointBuilder startScheduler(String startScheduler) {
            doSetProperty("startScheduler", startScheduler);
            return this;
        }

        /** Time unit for initialDelay and delay options. */
        default SeedanceEndpointBuilder timeUnit(java.util.concurrent.TimeUnit timeUnit) {
            doSetProperty("timeUnit", timeUnit);
            return this;
        }

        /** Time unit for initialDelay and delay options. */
        default SeedanceEndpointBuilder timeUnit(String timeUnit) {
            doSetProperty("timeUnit", timeUnit);
            return this;
        }

        /** Controls if fixed delay or fixed rate is used. See ScheduledExecutorService in JDK for details. */
        default SeedanceEndpointBuilder useFixedDelay(boolean useFixedDelay) {
            doSetProperty("useFixedDelay", useFixedDelay);
            return this;
        }

        /** Controls if fixed delay or fixed rate is used. See ScheduledExecutorService in JDK for details. */
        default SeedanceEndpointBuilder useFixedDelay(String useFixedDelay) {
            doSetProperty("useFixedDelay", useFixedDelay);
            return this;
        }

        /** The provider's API key. When not set, the environment variable SEEDANCE_API_KEY is used, then ARK_API_KEY. */
        default SeedanceEndpointBuilder apiKey(String apiKey) {
            doSetProperty("apiKey", apiKey);
            return this;
        }

        /** The secret last path segment of the callback URL, which the callback consumer checks on every request: letters, digits, hyphen, underscore, period and tilde, e.g. 32 random bytes in URL-safe Base64. When not set, the component generates one at start, which lasts only as long as the JVM: set it for callbacks of tasks submitted before a restart to be accepted after it. Set it on the component. */
        default SeedanceEndpointBuilder callbackToken(String callbackToken) {
            doSetProperty("callbackToken", callbackToken);
            return this;
        }

        /** More hosts that videos and last frames may be downloaded from, comma-separated: a host name, or .domain for its subdomains. Always allowed: the hosts the provider's documents name for its files and the host of the base URL. A redirect is followed only to an allowed host. */
        default SeedanceEndpointBuilder downloadAllowedHosts(String downloadAllowedHosts) {
            doSetProperty("downloadAllowedHosts", downloadAllowedHosts);
            return this;
        }

        /** Whether downloads may go to loopback, private, link-local (cloud metadata) and other non-public addresses. Off by default, except for the base URL's own host; turn it on only where the provider's files are served from an internal network. */
        default SeedanceEndpointBuilder downloadAllowPrivateAddresses(boolean downloadAllowPrivateAddresses) {
            doSetProperty("downloadAllowPrivateAddresses", downloadAllowPrivateAddresses);
            return this;
        }

        /** Whether downloads may go to loopback, private, link-local (cloud metadata) and other non-public addresses. Off by default, except for the base URL's own host; turn it on only where the provider's files are served from an internal network. */
        default SeedanceEndpointBuilder downloadAllowPrivateAddresses(String downloadAllowPrivateAddresses) {
            doSetProperty("downloadAllowPrivateAddresses", downloadAllowPrivateAddresses);
            return this;
        }
    }

    /** The advanced options of a seedance endpoint. */
    interface AdvancedSeedanceEndpointBuilder extends EndpointConsumerBuilder, EndpointProducerBuilder {

        default SeedanceEndpointBuilder basic() {
            return (SeedanceEndpointBuilder) this;
        }

        /** Allows for bridging the consumer to the Camel routing Error Handler, which mean any exceptions (if possible) occurred while the Camel consumer is trying to pickup incoming messages, or the likes, will now be processed as a message and handled by the routing Error Handler. Important: This is only possible if the 3rd party component allows Camel to be alerted if an exception was thrown. Some components handle this internally only, and therefore bridgeErrorHandler is not possible. In other situations we may improve the Camel component to hook into the 3rd party component and make this possible for future releases. By default the consumer will use the org.apache.camel.spi.ExceptionHandler to deal with exceptions, that will be logged at WARN or ERROR level and ignored. */
        default AdvancedSeedanceEndpointBuilder bridgeErrorHandler(boolean bridgeErrorHandler) {
            doSetProperty("bridgeErrorHandler", bridgeErrorHandler);
            return this;
        }

        /** Allows for bridging the consumer to the Camel routing Error Handler, which mean any exceptions (if possible) occurred while the Camel consumer is trying to pickup incoming messages, or the likes, will now be processed as a message and handled by the routing Error Handler. Important: This is only possible if the 3rd party component allows Camel to be alerted if an exception was thrown. Some components handle this internally only, and therefore bridgeErrorHandler is not possible. In other situations we may improve the Camel component to hook into the 3rd party component and make this possible for future releases. By default the consumer will use the org.apache.camel.spi.ExceptionHandler to deal with exceptions, that will be logged at WARN or ERROR level and ignored. */
        default AdvancedSeedanceEndpointBuilder bridgeErrorHandler(String bridgeErrorHandler) {
            doSetProperty("bridgeErrorHandler", bridgeErrorHandler);
            return this;
        }

        /** How many bytes of callback bodies the callback consumer holds at once, over all requests; a request that would go over is answered 503, which the provider retries. */
        default AdvancedSeedanceEndpointBuilder callbackMaxBufferedSize(long callbackMaxBufferedSize) {
            doSetProperty("callbackMaxBufferedSize", callbackMaxBufferedSize);
            return this;
        }

        /** How many bytes of callback bodies the callback consumer holds at once, over all requests; a request that would go over is answered 503, which the provider retries. */
        default AdvancedSeedanceEndpointBuilder callbackMaxBufferedSize(String callbackMaxBufferedSize) {
            doSetProperty("callbackMaxBufferedSize", callbackMaxBufferedSize);
            return this;
        }

        /** To let the consumer use a custom ExceptionHandler. Notice if the option bridgeErrorHandler is enabled then this option is not in use. By default the consumer will deal with exceptions, that will be logged at WARN or ERROR level and ignored. */
        default AdvancedSeedanceEndpointBuilder exceptionHandler(org.apache.camel.spi.ExceptionHandler exceptionHandler) {
            doSetProperty("exceptionHandler", exceptionHandler);
            return this;
        }

        /** To let the consumer use a custom ExceptionHandler. Notice if the option bridgeErrorHandler is enabled then this option is not in use. By default the consumer will deal with exceptions, that will be logged at WARN or ERROR level and ignored. */
        default AdvancedSeedanceEndpointBuilder exceptionHandler(String exceptionHandler) {
            doSetProperty("exceptionHandler", exceptionHandler);
            return this;
        }

        /** Sets the exchange pattern when the consumer creates an exchange. */
        default AdvancedSeedanceEndpointBuilder exchangePattern(org.apache.camel.ExchangePattern exchangePattern) {
            doSetProperty("exchangePattern", exchangePattern);
            return this;
        }

        /** Sets the exchange pattern when the consumer creates an exchange. */
        default AdvancedSeedanceEndpointBuilder exchangePattern(String exchangePattern) {
            doSetProperty("exchangePattern", exchangePattern);
            return this;
        }

        /** The consumers' memory of the tasks they have emitted; by default in memory. Use a persistent one (e.g. a FileIdempotentRepository) for the account mode to emit each task once across restarts. */
        default AdvancedSeedanceEndpointBuilder idempotentRepository(org.apache.camel.spi.IdempotentRepository idempotentRepository) {
            doSetProperty("idempotentRepository", idempotentRepository);
            return this;
        }

        /** The consumers' memory of the tasks they have emitted; by default in memory. Use a persistent one (e.g. a FileIdempotentRepository) for the account mode to emit each task once across restarts. */
        default AdvancedSeedanceEndpointBuilder idempotentRepository(String idempotentRepository) {
            doSetProperty("idempotentRepository", idempotentRepository);
            return this;
        }

        /** A pluggable org.apache.camel.PollingConsumerPollingStrategy allowing you to provide your custom implementation to control error handling usually occurred during the poll operation before an Exchange have been created and being routed in Camel. */
        default AdvancedSeedanceEndpointBuilder pollStrategy(org.apache.camel.spi.PollingConsumerPollStrategy pollStrategy) {
            doSetProperty("pollStrategy", pollStrategy);
            return this;
        }

        /** A pluggable org.apache.camel.PollingConsumerPollingStrategy allowing you to provide your custom implementation to control error handling usually occurred during the poll operation before an Exchange have been created and being routed in Camel. */
        default AdvancedSeedanceEndpointBuilder pollStrategy(String pollStrategy) {
            doSetProperty("pollStrategy", pollStrategy);
            return this;
        }

        /** Whether the producer should be started lazy (on the first message). By starting lazy you can use this to allow CamelContext and routes to startup in situations where a producer may otherwise fail during starting and cause the route to fail being started. By deferring this startup to be lazy then the startup failure can be handled during routing messages via Camel's routing error handlers. Beware that when the first message is processed then creating and starting the producer may take a little time and prolong the total processing time of the processing. */
        default AdvancedSeedanceEndpointBuilder lazyStartProducer(boolean lazyStartProducer) {
            doSetProperty("lazyStartProducer", lazyStartProducer);
            return this;
        }

        /** Whether the producer should be started lazy (on the first message). By starting lazy you can use this to allow CamelContext and routes to startup in situations where a producer may otherwise fail during starting and cause the route to fail being started. By deferring this startup to be lazy then the startup failure can be handled during routing messages via Camel's routing error handlers. Beware that when the first message is processed then creating and starting the producer may take a little time and prolong the total processing time of the processing. */
        default AdvancedSeedanceEndpointBuilder lazyStartProducer(String lazyStartProducer) {
            doSetProperty("lazyStartProducer", lazyStartProducer);
            return this;
        }

        /** The largest inline (data: URL) image, in bytes, sent to a provider that documents no limit of its own (Ark and EvoLink document 30 MB). Checked before anything is sent. */
        default AdvancedSeedanceEndpointBuilder maxImageSize(long maxImageSize) {
            doSetProperty("maxImageSize", maxImageSize);
            return this;
        }

        /** The largest inline (data: URL) image, in bytes, sent to a provider that documents no limit of its own (Ark and EvoLink document 30 MB). Checked before anything is sent. */
        default AdvancedSeedanceEndpointBuilder maxImageSize(String maxImageSize) {
            doSetProperty("maxImageSize", maxImageSize);
            return this;
        }

        /** The longest prompt, in characters, sent to a provider that documents no limit of its own (a documented limit, such as Ace Data Cloud's 1000 characters, always applies). Checked before anything is sent. */
        default AdvancedSeedanceEndpointBuilder maxPromptLength(int maxPromptLength) {
            doSetProperty("maxPromptLength", maxPromptLength);
            return this;
        }

        /** The longest prompt, in characters, sent to a provider that documents no limit of its own (a documented limit, such as Ace Data Cloud's 1000 characters, always applies). Checked before anything is sent. */
        default AdvancedSeedanceEndpointBuilder maxPromptLength(String maxPromptLength) {
            doSetProperty("maxPromptLength", maxPromptLength);
            return this;
        }

        /** The largest request body, in bytes, sent to a provider that documents no limit of its own (Ark and EvoLink document 64 MB). Checked before anything is sent. */
        default AdvancedSeedanceEndpointBuilder maxRequestSize(long maxRequestSize) {
            doSetProperty("maxRequestSize", maxRequestSize);
            return this;
        }

        /** The largest request body, in bytes, sent to a provider that documents no limit of its own (Ark and EvoLink document 64 MB). Checked before anything is sent. */
        default AdvancedSeedanceEndpointBuilder maxRequestSize(String maxRequestSize) {
            doSetProperty("maxRequestSize", maxRequestSize);
            return this;
        }

        /** When a create's answer is lost (timeout, 5xx, broken connection) and the provider lists its tasks (Ark), look for the task there before failing: it is adopted when exactly one task of the model, created since the create was sent and claimed by no other submission, matches what the provider echoes of the request; otherwise the exchange fails with SeedanceOutcomeUnknownException naming the candidate tasks. Ark echoes no prompt: identical settings sent close together are told apart only with reconcileMarkCreates. */
        default AdvancedSeedanceEndpointBuilder reconcileLostCreates(boolean reconcileLostCreates) {
            doSetProperty("reconcileLostCreates", reconcileLostCreates);
            return this;
        }

        /** When a create's answer is lost (timeout, 5xx, broken connection) and the provider lists its tasks (Ark), look for the task there before failing: it is adopted when exactly one task of the model, created since the create was sent and claimed by no other submission, matches what the provider echoes of the request; otherwise the exchange fails with SeedanceOutcomeUnknownException naming the candidate tasks. Ark echoes no prompt: identical settings sent close together are told apart only with reconcileMarkCreates. */
        default AdvancedSeedanceEndpointBuilder reconcileLostCreates(String reconcileLostCreates) {
            doSetProperty("reconcileLostCreates", reconcileLostCreates);
            return this;
        }

        /** Send each Ark create that leaves executionExpiresAfter unset with Ark's default (48 hours) shortened by a few seconds, different for each create (up to an hour), so that the provider's echo tells apart creates whose settings are otherwise the same and a lost one among them can still be adopted. It changes what is sent: such a task expires unfinished up to an hour earlier. Off: those creates are reported as outcome-unknown with their candidate tasks when their answer is lost. */
        default AdvancedSeedanceEndpointBuilder reconcileMarkCreates(boolean reconcileMarkCreates) {
            doSetProperty("reconcileMarkCreates", reconcileMarkCreates);
            return this;
        }

        /** Send each Ark create that leaves executionExpiresAfter unset with Ark's default (48 hours) shortened by a few seconds, different for each create (up to an hour), so that the provider's echo tells apart creates whose settings are otherwise the same and a lost one among them can still be adopted. It changes what is sent: such a task expires unfinished up to an hour earlier. Off: those creates are reported as outcome-unknown with their candidate tasks when their answer is lost. */
        default AdvancedSeedanceEndpointBuilder reconcileMarkCreates(String reconcileMarkCreates) {
            doSetProperty("reconcileMarkCreates", reconcileMarkCreates);
            return this;
        }

        /** How long after a search for a lost create that found nothing to search the provider's task list again, for a provider whose list shows a new task late. 0 searches once. */
        default AdvancedSeedanceEndpointBuilder reconcileSettleDelay(long reconcileSettleDelay) {
            doSetProperty("reconcileSettleDelay", reconcileSettleDelay);
            return this;
        }

        /** How long after a search for a lost create that found nothing to search the provider's task list again, for a provider whose list shows a new task late. 0 searches once. */
        default AdvancedSeedanceEndpointBuilder reconcileSettleDelay(String reconcileSettleDelay) {
            doSetProperty("reconcileSettleDelay", reconcileSettleDelay);
            return this;
        }

        /** Re-send a lost create once when both searches of the provider's task list (before and after the settle delay) found no task that could be it: the provider did not make it, so the re-send is not a second bill, unless its list lags more than reconcileSettleDelay. */
        default AdvancedSeedanceEndpointBuilder resendCreatesProvenAbsent(boolean resendCreatesProvenAbsent) {
            doSetProperty("resendCreatesProvenAbsent", resendCreatesProvenAbsent);
            return this;
        }

        /** Re-send a lost create once when both searches of the provider's task list (before and after the settle delay) found no task that could be it: the provider did not make it, so the re-send is not a second bill, unless its list lags more than reconcileSettleDelay. */
        default AdvancedSeedanceEndpointBuilder resendCreatesProvenAbsent(String resendCreatesProvenAbsent) {
            doSetProperty("resendCreatesProvenAbsent", resendCreatesProvenAbsent);
            return this;
        }

        /** How long connecting to the provider may take. */
        default AdvancedSeedanceEndpointBuilder connectTimeout(long connectTimeout) {
            doSetProperty("connectTimeout", connectTimeout);
            return this;
        }

        /** How long connecting to the provider may take. */
        default AdvancedSeedanceEndpointBuilder connectTimeout(String connectTimeout) {
            doSetProperty("connectTimeout", connectTimeout);
            return this;
        }

        /** A shared JDK HttpClient to use instead of the component's own. */
        default AdvancedSeedanceEndpointBuilder httpClient(java.net.http.HttpClient httpClient) {
            doSetProperty("httpClient", httpClient);
            return this;
        }

        /** A shared JDK HttpClient to use instead of the component's own. */
        default AdvancedSeedanceEndpointBuilder httpClient(String httpClient) {
            doSetProperty("httpClient", httpClient);
            return this;
        }

        /** How often a failed call is re-sent: reads on rate limits, server errors and broken connections; creates only when the provider certainly did not accept them. */
        default AdvancedSeedanceEndpointBuilder maxRetries(int maxRetries) {
            doSetProperty("maxRetries", maxRetries);
            return this;
        }

        /** How often a failed call is re-sent: reads on rate limits, server errors and broken connections; creates only when the provider certainly did not accept them. */
        default AdvancedSeedanceEndpointBuilder maxRetries(String maxRetries) {
            doSetProperty("maxRetries", maxRetries);
            return this;
        }

        /** The first delay between polls of a task in flight; it grows by half after each poll. */
        default AdvancedSeedanceEndpointBuilder pollDelay(long pollDelay) {
            doSetProperty("pollDelay", pollDelay);
            return this;
        }

        /** The first delay between polls of a task in flight; it grows by half after each poll. */
        default AdvancedSeedanceEndpointBuilder pollDelay(String pollDelay) {
            doSetProperty("pollDelay", pollDelay);
            return this;
        }

        /** The longest delay between polls of a task in flight. */
        default AdvancedSeedanceEndpointBuilder pollMaxDelay(long pollMaxDelay) {
            doSetProperty("pollMaxDelay", pollMaxDelay);
            return this;
        }

        /** The longest delay between polls of a task in flight. */
        default AdvancedSeedanceEndpointBuilder pollMaxDelay(String pollMaxDelay) {
            doSetProperty("pollMaxDelay", pollMaxDelay);
            return this;
        }

        /** How long one HTTP call to the provider may take before it fails. */
        default AdvancedSeedanceEndpointBuilder requestTimeout(long requestTimeout) {
            doSetProperty("requestTimeout", requestTimeout);
            return this;
        }

        /** How long one HTTP call to the provider may take before it fails. */
        default AdvancedSeedanceEndpointBuilder requestTimeout(String requestTimeout) {
            doSetProperty("requestTimeout", requestTimeout);
            return this;
        }

        /** The delay before the first re-send; it doubles (with jitter) for each further one, unless the provider sends Retry-After. */
        default AdvancedSeedanceEndpointBuilder retryDelay(long retryDelay) {
            doSetProperty("retryDelay", retryDelay);
            return this;
        }

        /** The delay before the first re-send; it doubles (with jitter) for each further one, unless the provider sends Retry-After. */
        default AdvancedSeedanceEndpointBuilder retryDelay(String retryDelay) {
            doSetProperty("retryDelay", retryDelay);
            return this;
        }

        /** The longest computed delay between re-sends. */
        default AdvancedSeedanceEndpointBuilder retryMaxDelay(long retryMaxDelay) {
            doSetProperty("retryMaxDelay", retryMaxDelay);
            return this;
        }

        /** The longest computed delay between re-sends. */
        default AdvancedSeedanceEndpointBuilder retryMaxDelay(String retryMaxDelay) {
            doSetProperty("retryMaxDelay", retryMaxDelay);
            return this;
        }
    }

    /** Mix into an {@code EndpointRouteBuilder} to get {@code seedance(...)}. */
    interface SeedanceBuilders {

        /**
         * A seedance endpoint.
         *
         * @param path the operation: generate, task, tasks or cancel
         */
        default SeedanceEndpointBuilder seedance(String path) {
            return SeedanceEndpointBuilderFactory.endpointBuilder("seedance", path);
        }

        /**
         * A seedance endpoint under another component name.
         *
         * @param componentName the name the component is registered under
         * @param path          the operation: generate, task, tasks or cancel
         */
        default SeedanceEndpointBuilder seedance(String componentName, String path) {
            return SeedanceEndpointBuilderFactory.endpointBuilder(componentName, path);
        }

        /** The names of the seedance headers. */
        default SeedanceHeaderNameBuilder seedance() {
            return SeedanceHeaderNameBuilder.INSTANCE;
        }
    }

    /** The names of the seedance headers, e.g. {@code seedance().seedanceTaskId()}. */
    final class SeedanceHeaderNameBuilder {
        private static final SeedanceHeaderNameBuilder INSTANCE = new SeedanceHeaderNameBuilder();

        /** The operation to perform, overriding the one in the endpoint URI. */
        public String seedanceOperation() {
            return "CamelSeedanceOperation";
        }

        /** The task id: set on results; read by the task and cancel operations when the body has none. */
        public String seedanceTaskId() {
            return "CamelSeedanceTaskId";
        }

        /** The task's status: QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED, EXPIRED or UNKNOWN. */
        public String seedanceTaskStatus() {
            return "CamelSeedanceTaskStatus";
        }

        /** URL of the generated MP4 once the task has succeeded. It expires (24 hours on Ark). */
        public String seedanceVideoUrl() {
            return "CamelSeedanceVideoUrl";
        }

        /** URL of the video's last frame (PNG), when returnLastFrame was requested. */
        public String seedanceLastFrameUrl() {
            return "CamelSeedanceLastFrameUrl";
        }

        /** The provider the task belongs to, e.g. byteplus. */
        public String seedanceProvider() {
            return "CamelSeedanceProvider";
        }

        /** Percent done, where the provider reports progress. */
        public String seedanceProgress() {
            return "CamelSeedanceProgress";
        }

        /** The provider's error code of a failed task. */
        public String seedanceErrorCode() {
            return "CamelSeedanceErrorCode";
        }

        /** The provider's error message of a failed task. */
        public String seedanceErrorMessage() {
            return "CamelSeedanceErrorMessage";
        }

        /** Whether a failed task was rejected by content moderation (retrying will not help). */
        public String seedanceContentPolicy() {
            return "CamelSeedanceContentPolicy";
        }

        /** Frames per second of the generated video. */
        public String seedanceFramesPerSecond() {
            return "CamelSeedanceFramesPerSecond";
        }

        /** Tokens billed for the generated video. */
        public String seedanceCompletionTokens() {
            return "CamelSeedanceCompletionTokens";
        }

        /** All tokens billed for the task. */
        public String seedanceTotalTokens() {
            return "CamelSeedanceTotalTokens";
        }

        /** Credits the provider charged or reserved for the task, where it bills in credits (EvoLink). */
        public String seedanceCredits() {
            return "CamelSeedanceCredits";
        }

        /** Whether the provider would still cancel the task, where it says (EvoLink). */
        public String seedanceCanCancel() {
            return "CamelSeedanceCanCancel";
        }

        /** Seconds the provider expects the task to take, where it says (EvoLink). */
        public String seedanceEstimatedTime() {
            return "CamelSeedanceEstimatedTime";
        }

        /** For a task not yet ended: percent done, the provider's where it reports progress, else the share of its expected render time already spent. */
        public String seedanceEstimatedProgress() {
            return "CamelSeedanceEstimatedProgress";
        }

        /** For a task not yet ended: seconds it will likely still take, from the provider's estimated time or progress, else from the model's typical render time and the task's creation time; absent when nothing is known. */
        public String seedanceTimeLeft() {
            return "CamelSeedanceTimeLeft";
        }

        /** Where the MP4 was written, with download=true and a downloadDirectory. */
        public String seedanceVideoFile() {
            return "CamelSeedanceVideoFile";
        }

        /** Where the last frame was written, with downloadLastFrame=true and a downloadDirectory. */
        public String seedanceLastFrameFile() {
            return "CamelSeedanceLastFrameFile";
        }

        /** The last frame (PNG bytes), with download=true and downloadLastFrame=true but no downloadDirectory: the body holds the video. */
        public String seedanceLastFrame() {
            return "CamelSeedanceLastFrame";
        }

        /** seedance:tasks and seedance:callback: true when this emission may repeat an earlier one. With a shared task store, an instance that dies with an exchange in flight (its route may have handled the task) has its claim taken over by another once its lease ended, which emits the task again with this flag; a route de-duplicates on the task id where it must. False otherwise. */
        public String seedanceRedelivered() {
            return "CamelSeedanceRedelivered";
        }

        /** generate: a key of yours for this piece of paid work (a file name, an order id; at most 200 characters). The create is sent once per key and account, over retries, restarts and every instance sharing the task store: a key the store knows already adopts the task created under it (waited for with waitForCompletion, like one created now) instead of creating again; while another exchange or live instance is sending it, this one waits for its answer. A key whose create was cut off on the wire (its instance died, or the answer was lost) is never sent again: when the settling of that create finds its task in the provider's list, the key adopts it; otherwise the exchange fails with SeedanceOutcomeUnknownException, naming what the settling found and the candidate tasks. Keys are remembered 7 days. */
        public String seedanceSubmissionKey() {
            return "CamelSeedanceSubmissionKey";
        }

        /** generate with a submission key: true when the task was created before under that key and adopted, false when this exchange created it. */
        public String seedanceSubmissionAdopted() {
            return "CamelSeedanceSubmissionAdopted";
        }

        /** The tasks operation: how many tasks match the query in all pages. */
        public String seedanceTaskTotal() {
            return "CamelSeedanceTaskTotal";
        }

        /** The model id or endpoint id. */
        public String seedanceModel() {
            return "CamelSeedanceModel";
        }

        /** The text prompt. */
        public String seedancePrompt() {
            return "CamelSeedancePrompt";
        }

        /** Comma-separated reference video URLs. */
        public String seedanceVideos() {
            return "CamelSeedanceVideos";
        }

        /** Comma-separated reference audio URLs. */
        public String seedanceAudios() {
            return "CamelSeedanceAudios";
        }

        /** Id of a draft task to render as the final video. */
        public String seedanceDraftTaskId() {
            return "CamelSeedanceDraftTaskId";
        }

        /** Video resolution: 480p, 720p or 1080p. */
        public String seedanceResolution() {
            return "CamelSeedanceResolution";
        }

        /** Aspect ratio: 16:9, 4:3, 1:1, 3:4, 9:16, 21:9 or adaptive. */
        public String seedanceRatio() {
            return "CamelSeedanceRatio";
        }

        /** Duration in seconds; -1 lets the model choose. */
        public String seedanceDuration() {
            return "CamelSeedanceDuration";
        }

        /** Frame count (25 4n, 29 to 289), instead of a duration. */
        public String seedanceFrames() {
            return "CamelSeedanceFrames";
        }

        /** Random seed, -1 to 4294967295. */
        public String seedanceSeed() {
            return "CamelSeedanceSeed";
        }

        /** Whether to fix the camera. */
        public String seedanceCameraFixed() {
            return "CamelSeedanceCameraFixed";
        }

        /** Whether to add a watermark. */
        public String seedanceWatermark() {
            return "CamelSeedanceWatermark";
        }

        /** Whether to generate synchronised audio. */
        public String seedanceGenerateAudio() {
            return "CamelSeedanceGenerateAudio";
        }

        /** Whether to return the last frame as a PNG. */
        public String seedanceReturnLastFrame() {
            return "CamelSeedanceReturnLastFrame";
        }

        /** Service tier: default (online) or flex (offline, cheaper). */
        public String seedanceServiceTier() {
            return "CamelSeedanceServiceTier";
        }

        /** Seconds after which an unfinished task expires (3600 to 259200). */
        public String seedanceExecutionExpiresAfter() {
            return "CamelSeedanceExecutionExpiresAfter";
        }

        /** Queue priority 0 to 9. */
        public String seedancePriority() {
            return "CamelSeedancePriority";
        }

        /** A stable hashed id of the end user, at most 64 characters. */
        public String seedanceSafetyIdentifier() {
            return "CamelSeedanceSafetyIdentifier";
        }

        /** Comma-separated tools the model may call, e.g. web_search. */
        public String seedanceTools() {
            return "CamelSeedanceTools";
        }

        /** Whether to generate a cheap 480p draft. */
        public String seedanceDraft() {
            return "CamelSeedanceDraft";
        }

        /** Output container, e.g. mp4 or mov. */
        public String seedanceOutputFormat() {
            return "CamelSeedanceOutputFormat";
        }

        /** Multimodal task type, e.g. auto, reference, edit or extend. */
        public String seedanceTaskType() {
            return "CamelSeedanceTaskType";
        }

        /** URL the provider POSTs task updates to. */
        public String seedanceCallbackUrl() {
            return "CamelSeedanceCallbackUrl";
        }

        /** The tasks operation: 1-based page number. */
        public String seedancePageNum() {
            return "CamelSeedancePageNum";
        }

        /** The tasks operation: tasks per page. */
        public String seedancePageSize() {
            return "CamelSeedancePageSize";
        }

        /** The tasks operation: only tasks in this status. */
        public String seedanceStatusFilter() {
            return "CamelSeedanceStatusFilter";
        }

        /** The tasks operation: comma-separated task ids to fetch. */
        public String seedanceTaskIds() {
            return "CamelSeedanceTaskIds";
        }

        /** What the create was estimated to cost before it was sent, in CamelSeedanceCostUnit, when the endpoint has a budget. */
        public String seedanceCostEstimate() {
            return "CamelSeedanceCostEstimate";
        }

        /** The unit of CamelSeedanceCostEstimate: tokens, credits or money. */
        public String seedanceCostUnit() {
            return "CamelSeedanceCostUnit";
        }

        /** Where CamelSeedanceCostEstimate comes from: a seed rule, the provider's published formula or example, or the user's price table. */
        public String seedanceCostSource() {
            return "CamelSeedanceCostSource";
        }
    }

    static SeedanceEndpointBuilder endpointBuilder(String componentName, String path) {
        class SeedanceEndpointBuilderImpl extends AbstractEndpointBuilder
                implements SeedanceEndpointBuilder, AdvancedSeedanceEndpointBuilder {
            SeedanceEndpointBuilderImpl(String path) {
                super(componentName, path);
            }
        }
        return new SeedanceEndpointBuilderImpl(path);
    }
}
