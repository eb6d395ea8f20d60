package io.camelseedance.component;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

import io.camelseedance.api.NeutralField;
import io.camelseedance.api.VideoRequest;
import io.camelseedance.api.VideoRequestReader;
import io.camelseedance.provider.JsonSupport;

/**
 * The request options: a default for each field of a {@link VideoRequest}, which the message body and headers
 * override. {@link SeedanceConfiguration} adds what is not about one request (provider, key, polling, consumers).
 * <p>
 * The options are fields, one per option, because Camel's generator reads them; which options there are, and under
 * which names, is {@link NeutralField}'s to say, and {@link #requestDefaults()} reads them by those names.
 */
@UriParams
public class SeedanceRequestDefaults implements Cloneable {
    @UriParam(label = "common")
    private String model;
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
    @UriParam(label = "producer", prefix = "extra.", multiValue = true)
    private Map<String, Object> extra = new LinkedHashMap<>();

    /**
     * Each request option's value by option name. Camel's generator needs the options as fields with accessors, and
     * native images reflect on nothing unregistered, so this table names each getter once; it is checked against
     * {@link NeutralField} when the class loads, so an option missing here stops the component from starting.
     */
    private static final Map<String, Function<SeedanceRequestDefaults, Object>> OPTIONS = Map.ofEntries(
            Map.entry("model", SeedanceRequestDefaults::getModel),
            Map.entry("prompt", SeedanceRequestDefaults::getPrompt),
            Map.entry("firstFrame", SeedanceRequestDefaults::getFirstFrame),
            Map.entry("lastFrame", SeedanceRequestDefaults::getLastFrame),
            Map.entry("referenceImages", SeedanceRequestDefaults::getReferenceImages),
            Map.entry("videos", SeedanceRequestDefaults::getVideos),
            Map.entry("audios", SeedanceRequestDefaults::getAudios),
            Map.entry("draftTaskId", SeedanceRequestDefaults::getDraftTaskId),
            Map.entry("resolution", SeedanceRequestDefaults::getResolution),
            Map.entry("ratio", SeedanceRequestDefaults::getRatio),
            Map.entry("duration", SeedanceRequestDefaults::getDuration),
            Map.entry("frames", SeedanceRequestDefaults::getFrames),
            Map.entry("seed", SeedanceRequestDefaults::getSeed),
            Map.entry("cameraFixed", SeedanceRequestDefaults::getCameraFixed),
            Map.entry("watermark", SeedanceRequestDefaults::getWatermark),
            Map.entry("generateAudio", SeedanceRequestDefaults::getGenerateAudio),
            Map.entry("returnLastFrame", SeedanceRequestDefaults::getReturnLastFrame),
            Map.entry("serviceTier", SeedanceRequestDefaults::getServiceTier),
            Map.entry("executionExpiresAfter", SeedanceRequestDefaults::getExecutionExpiresAfter),
            Map.entry("priority", SeedanceRequestDefaults::getPriority),
            Map.entry("safetyIdentifier", SeedanceRequestDefaults::getSafetyIdentifier),
            Map.entry("tools", SeedanceRequestDefaults::getTools),
            Map.entry("draft", SeedanceRequestDefaults::getDraft),
            Map.entry("outputFormat", SeedanceRequestDefaults::getOutputFormat),
            Map.entry("taskType", SeedanceRequestDefaults::getTaskType),
            Map.entry("callbackUrl", SeedanceRequestDefaults::getCallbackUrl),
            Map.entry("extra", SeedanceRequestDefaults::getExtra));

    static {
        Set<String> expected = Arrays.stream(NeutralField.values()).flatMap(f -> f.optionNames().stream())
                .collect(Collectors.toSet());
        if (!OPTIONS.keySet().equals(expected)) {
            throw new ExceptionInInitializerError("The request options " + OPTIONS.keySet()
                    + " are not the options NeutralField names: " + expected);
        }
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
     * The video duration in seconds; -1 lets the model choose (Seedance 1.5 Pro and 2.0). With frames: Ark renders the frames (lenient validation drops the duration), Ace Data Cloud refuses the pair.
     */
    public void setDuration(Integer duration) {
        this.duration = duration;
    }

    public Integer getFrames() {
        return frames;
    }

    /**
     * The frame count at 24 fps, 25 + 4n in 29 to 289, for fractional durations (Seedance 1.0 only). Wins over duration on Ark; exclusive with it on Ace Data Cloud.
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

    public Map<String, Object> getExtra() {
        return extra;
    }

    /**
     * Provider-specific fields passed verbatim into the request body, by their wire names, e.g. extra.output_format=mov. A value that parses as JSON (true, 5, [...], {...}) is sent as that JSON value, anything else as text.
     */
    public void setExtra(Map<String, Object> extra) {
        this.extra = extra;
    }

    /** The request fields these options set, as defaults for every message. */
    public VideoRequest requestDefaults() {
        Map<String, Object> fields = new LinkedHashMap<>();
        OPTIONS.forEach((name, getter) -> {
            Object value = getter.apply(this);
            if (value instanceof Map<?, ?> wireFields) {
                if (!wireFields.isEmpty()) {
                    fields.put(name, typed(wireFields));
                }
            } else if (value != null) {
                fields.put(name, value);
            }
        });
        return VideoRequestReader.fromMap(fields);
    }

    /** URI options are text: {@code extra.watermark=false} means the JSON literal, not the string "false". */
    private static Map<String, Object> typed(Map<?, ?> wireFields) {
        Map<String, Object> typed = new LinkedHashMap<>();
        wireFields.forEach((key, value) -> typed.put(String.valueOf(key),
                value instanceof String text ? jsonOrText(text) : value));
        return typed;
    }

    private static Object jsonOrText(String text) {
        try {
            return JsonSupport.MAPPER.readValue(text, Object.class);
        } catch (JsonProcessingException notJson) {
            return text;
        }
    }

    @Override
    protected SeedanceRequestDefaults clone() throws CloneNotSupportedException {
        SeedanceRequestDefaults copy = (SeedanceRequestDefaults) super.clone();
        copy.extra = extra == null ? new LinkedHashMap<>() : new LinkedHashMap<>(extra);
        return copy;
    }
}
