package io.camelseedance.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A provider-neutral video generation request. Immutable; build one with {@link #builder()}.
 * <p>
 * Every field is optional here: which fields are required or allowed depends on the model and the provider, and is
 * checked by the request validator before anything is sent. {@link #extra()} is passed through verbatim into the
 * provider's request body, so a field a provider adds next month needs no new release.
 */
public final class VideoRequest {

    private final String model;
    private final String prompt;
    private final List<ImageInput> images;
    private final List<String> videos;
    private final List<String> audios;
    private final String draftTaskId;
    private final String resolution;
    private final String ratio;
    private final Number duration;
    private final Integer frames;
    private final Long seed;
    private final Boolean cameraFixed;
    private final Boolean watermark;
    private final Boolean generateAudio;
    private final Boolean returnLastFrame;
    private final String serviceTier;
    private final Integer executionExpiresAfter;
    private final Integer priority;
    private final String safetyIdentifier;
    private final List<String> tools;
    private final Boolean draft;
    private final String outputFormat;
    private final String taskType;
    private final String callbackUrl;
    private final Map<String, Object> extra;

    private VideoRequest(Builder b) {
        model = b.model;
        prompt = b.prompt;
        images = List.copyOf(b.images);
        videos = List.copyOf(b.videos);
        audios = List.copyOf(b.audios);
        draftTaskId = b.draftTaskId;
        resolution = b.resolution;
        ratio = b.ratio;
        duration = b.duration;
        frames = b.frames;
        seed = b.seed;
        cameraFixed = b.cameraFixed;
        watermark = b.watermark;
        generateAudio = b.generateAudio;
        returnLastFrame = b.returnLastFrame;
        serviceTier = b.serviceTier;
        executionExpiresAfter = b.executionExpiresAfter;
        priority = b.priority;
        safetyIdentifier = b.safetyIdentifier;
        tools = List.copyOf(b.tools);
        draft = b.draft;
        outputFormat = b.outputFormat;
        taskType = b.taskType;
        callbackUrl = b.callbackUrl;
        extra = Collections.unmodifiableMap(new LinkedHashMap<>(b.extra));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this request's values, to derive a changed copy. */
    public Builder toBuilder() {
        return new Builder().mergeFrom(this);
    }

    public String model() {
        return model;
    }

    public String prompt() {
        return prompt;
    }

    public List<ImageInput> images() {
        return images;
    }

    /** The images with the given role, in request order. */
    public List<ImageInput> images(ImageRole role) {
        return images.stream().filter(i -> i.role() == role).toList();
    }

    public List<String> videos() {
        return videos;
    }

    public List<String> audios() {
        return audios;
    }

    public String draftTaskId() {
        return draftTaskId;
    }

    public String resolution() {
        return resolution;
    }

    public String ratio() {
        return ratio;
    }

    /**
     * Seconds: an {@link Integer} for whole seconds (-1: the model chooses), a {@link java.math.BigDecimal} for a
     * fraction, which only Ace Data Cloud takes ("duration: number"); the other providers take whole seconds.
     */
    public Number duration() {
        return duration;
    }

    /** Whether the duration is -1: the model chooses. */
    public boolean hasAutoDuration() {
        return Integer.valueOf(-1).equals(duration);
    }

    /** Whether the duration is a fraction of a second, e.g. 4.5. */
    public boolean hasFractionalDuration() {
        return duration instanceof BigDecimal;
    }

    public Integer frames() {
        return frames;
    }

    public Long seed() {
        return seed;
    }

    public Boolean cameraFixed() {
        return cameraFixed;
    }

    public Boolean watermark() {
        return watermark;
    }

    public Boolean generateAudio() {
        return generateAudio;
    }

    public Boolean returnLastFrame() {
        return returnLastFrame;
    }

    public String serviceTier() {
        return serviceTier;
    }

    public Integer executionExpiresAfter() {
        return executionExpiresAfter;
    }

    public Integer priority() {
        return priority;
    }

    public String safetyIdentifier() {
        return safetyIdentifier;
    }

    public List<String> tools() {
        return tools;
    }

    public Boolean draft() {
        return draft;
    }

    public String outputFormat() {
        return outputFormat;
    }

    public String taskType() {
        return taskType;
    }

    public String callbackUrl() {
        return callbackUrl;
    }

    public Map<String, Object> extra() {
        return extra;
    }

    @Override
    public String toString() {
        // callback URLs carry a secret token and data URLs can be megabytes: neither belongs in a log line
        StringJoiner s = new StringJoiner(", ", "VideoRequest[", "]");
        s.add("model=" + model);
        if (prompt != null) {
            s.add("prompt=" + (prompt.length() > 80 ? prompt.substring(0, 80) + "..." : prompt));
        }
        if (!images.isEmpty()) {
            s.add("images=" + images);
        }
        if (!videos.isEmpty()) {
            s.add("videos=" + videos.size());
        }
        if (!audios.isEmpty()) {
            s.add("audios=" + audios.size());
        }
        if (draftTaskId != null) {
            s.add("draftTaskId=" + draftTaskId);
        }
        if (callbackUrl != null) {
            s.add("callbackUrl=(set)");
        }
        return s.toString();
    }

    /** Builds a {@link VideoRequest}. Setting a field to {@code null} clears it. */
    public static final class Builder {
        private String model;
        private String prompt;
        private final List<ImageInput> images = new ArrayList<>();
        private final List<String> videos = new ArrayList<>();
        private final List<String> audios = new ArrayList<>();
        private String draftTaskId;
        private String resolution;
        private String ratio;
        private Number duration;
        private Integer frames;
        private Long seed;
        private Boolean cameraFixed;
        private Boolean watermark;
        private Boolean generateAudio;
        private Boolean returnLastFrame;
        private String serviceTier;
        private Integer executionExpiresAfter;
        private Integer priority;
        private String safetyIdentifier;
        private final List<String> tools = new ArrayList<>();
        private Boolean draft;
        private String outputFormat;
        private String taskType;
        private String callbackUrl;
        private final Map<String, Object> extra = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Copies every field that {@code other} sets over this builder's value, so that a more specific source
         * (a message header over a message body over an endpoint default) wins.
         */
        public Builder mergeFrom(VideoRequest other) {
            for (NeutralField field : NeutralField.values()) {
                field.mergeInto(other, this);
            }
            return this;
        }

        public Builder model(String model) {
            this.model = model;
            return this;
        }

        public Builder prompt(String prompt) {
            this.prompt = prompt;
            return this;
        }

        public Builder image(ImageInput image) {
            images.add(image);
            return this;
        }

        public Builder firstFrame(String url) {
            return image(ImageInput.firstFrame(url));
        }

        public Builder lastFrame(String url) {
            return image(ImageInput.lastFrame(url));
        }

        public Builder referenceImage(String url) {
            return image(ImageInput.reference(url));
        }

        /** Replaces the images. */
        public Builder images(List<ImageInput> images) {
            return replace(this.images, images);
        }

        public Builder video(String url) {
            videos.add(url);
            return this;
        }

        /** Replaces the reference videos. */
        public Builder videos(List<String> urls) {
            return replace(videos, urls);
        }

        public Builder audio(String url) {
            audios.add(url);
            return this;
        }

        /** Replaces the reference audios. */
        public Builder audios(List<String> urls) {
            return replace(audios, urls);
        }

        public Builder draftTaskId(String draftTaskId) {
            this.draftTaskId = draftTaskId;
            return this;
        }

        public Builder resolution(String resolution) {
            this.resolution = resolution;
            return this;
        }

        public Builder ratio(String ratio) {
            this.ratio = ratio;
            return this;
        }

        /**
         * Seconds, whole or fractional; a whole value (5, 5.0) is kept as an {@link Integer}, a fraction as a
         * {@link BigDecimal}.
         */
        public Builder duration(Number duration) {
            this.duration = seconds(duration);
            return this;
        }

        private static Number seconds(Number value) {
            if (value == null || value instanceof Integer) {
                return value;
            }
            BigDecimal exact = value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
            BigDecimal plain = exact.stripTrailingZeros();
            if (plain.scale() <= 0) {
                try {
                    return plain.intValueExact();
                } catch (ArithmeticException tooLarge) {
                    throw new SeedanceValidationException("duration", "is out of range: " + value);
                }
            }
            return plain;
        }

        public Builder frames(Integer frames) {
            this.frames = frames;
            return this;
        }

        public Builder seed(Long seed) {
            this.seed = seed;
            return this;
        }

        public Builder cameraFixed(Boolean cameraFixed) {
            this.cameraFixed = cameraFixed;
            return this;
        }

        public Builder watermark(Boolean watermark) {
            this.watermark = watermark;
            return this;
        }

        public Builder generateAudio(Boolean generateAudio) {
            this.generateAudio = generateAudio;
            return this;
        }

        public Builder returnLastFrame(Boolean returnLastFrame) {
            this.returnLastFrame = returnLastFrame;
            return this;
        }

        public Builder serviceTier(String serviceTier) {
            this.serviceTier = serviceTier;
            return this;
        }

        public Builder executionExpiresAfter(Integer seconds) {
            this.executionExpiresAfter = seconds;
            return this;
        }

        public Builder priority(Integer priority) {
            this.priority = priority;
            return this;
        }

        public Builder safetyIdentifier(String safetyIdentifier) {
            this.safetyIdentifier = safetyIdentifier;
            return this;
        }

        public Builder tool(String tool) {
            tools.add(tool);
            return this;
        }

        /** Replaces the tools (e.g. {@code web_search}). */
        public Builder tools(List<String> tools) {
            return replace(this.tools, tools);
        }

        public Builder draft(Boolean draft) {
            this.draft = draft;
            return this;
        }

        public Builder outputFormat(String outputFormat) {
            this.outputFormat = outputFormat;
            return this;
        }

        public Builder taskType(String taskType) {
            this.taskType = taskType;
            return this;
        }

        public Builder callbackUrl(String callbackUrl) {
            this.callbackUrl = callbackUrl;
            return this;
        }

        /** A field passed verbatim into the provider's request body (wire name, wire value). */
        public Builder extra(String wireName, Object value) {
            extra.put(wireName, value);
            return this;
        }

        /** Adds fields passed verbatim into the provider's request body, by wire name. */
        public Builder extra(Map<String, Object> wireFields) {
            if (wireFields != null) {
                extra.putAll(wireFields);
            }
            return this;
        }

        private <T> Builder replace(List<T> target, List<T> values) {
            target.clear();
            if (values != null) {
                target.addAll(values);
            }
            return this;
        }

        public VideoRequest build() {
            return new VideoRequest(this);
        }
    }
}
