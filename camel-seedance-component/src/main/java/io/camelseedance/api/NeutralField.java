package io.camelseedance.api;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The one list of the fields of a {@link VideoRequest}: for each, its name, how a loose value (text from a URI option
 * or header, a JSON value) is read into it, and how it is copied from one request to another. The reader, the
 * builder's merge, the component's options and headers, and the provider package's {@code RequestField} all follow
 * this list; {@code docs/adding-a-request-field.md} says what else a new field needs.
 * <p>
 * The name is the camelCase key of request maps and JSON, the endpoint option, and (capitalised after
 * {@code CamelSeedance}) the message header. Two fields are read differently: the images, given as
 * {@code images}, {@code firstFrame}, {@code lastFrame} and {@code referenceImages}, and {@code extra}, a map of
 * provider wire fields given as {@code extra.<wire name>} options; neither has a header.
 */
public enum NeutralField {

    MODEL("model", RequestValues::text, VideoRequest.Builder::model, VideoRequest::model),
    PROMPT("prompt", RequestValues::text, VideoRequest.Builder::prompt, VideoRequest::prompt),
    IMAGES("images", null, VideoRequest.Builder::images, VideoRequest::images),
    VIDEOS("videos", RequestValues::texts, VideoRequest.Builder::videos, VideoRequest::videos),
    AUDIOS("audios", RequestValues::texts, VideoRequest.Builder::audios, VideoRequest::audios),
    DRAFT_TASK_ID("draftTaskId", RequestValues::text, VideoRequest.Builder::draftTaskId, VideoRequest::draftTaskId),
    RESOLUTION("resolution", RequestValues::text, VideoRequest.Builder::resolution, VideoRequest::resolution),
    RATIO("ratio", RequestValues::text, VideoRequest.Builder::ratio, VideoRequest::ratio),
    DURATION("duration", RequestValues::seconds, VideoRequest.Builder::duration, VideoRequest::duration),
    FRAMES("frames", RequestValues::wholeNumber, VideoRequest.Builder::frames, VideoRequest::frames),
    SEED("seed", RequestValues::longNumber, VideoRequest.Builder::seed, VideoRequest::seed),
    CAMERA_FIXED("cameraFixed", RequestValues::flag, VideoRequest.Builder::cameraFixed, VideoRequest::cameraFixed),
    WATERMARK("watermark", RequestValues::flag, VideoRequest.Builder::watermark, VideoRequest::watermark),
    GENERATE_AUDIO("generateAudio", RequestValues::flag, VideoRequest.Builder::generateAudio,
            VideoRequest::generateAudio),
    RETURN_LAST_FRAME("returnLastFrame", RequestValues::flag, VideoRequest.Builder::returnLastFrame,
            VideoRequest::returnLastFrame),
    SERVICE_TIER("serviceTier", RequestValues::text, VideoRequest.Builder::serviceTier, VideoRequest::serviceTier),
    EXECUTION_EXPIRES_AFTER("executionExpiresAfter", RequestValues::wholeNumber,
            VideoRequest.Builder::executionExpiresAfter, VideoRequest::executionExpiresAfter),
    PRIORITY("priority", RequestValues::wholeNumber, VideoRequest.Builder::priority, VideoRequest::priority),
    SAFETY_IDENTIFIER("safetyIdentifier", RequestValues::text, VideoRequest.Builder::safetyIdentifier,
            VideoRequest::safetyIdentifier),
    TOOLS("tools", RequestValues::texts, VideoRequest.Builder::tools, VideoRequest::tools),
    DRAFT("draft", RequestValues::flag, VideoRequest.Builder::draft, VideoRequest::draft),
    OUTPUT_FORMAT("outputFormat", RequestValues::text, VideoRequest.Builder::outputFormat, VideoRequest::outputFormat),
    TASK_TYPE("taskType", RequestValues::text, VideoRequest.Builder::taskType, VideoRequest::taskType),
    CALLBACK_URL("callbackUrl", RequestValues::text, VideoRequest.Builder::callbackUrl, VideoRequest::callbackUrl),
    EXTRA("extra", RequestValues::wireFields, VideoRequest.Builder::extra, VideoRequest::extra);

    /** The keys that give images, besides {@code images} itself: one option each. */
    private static final List<String> IMAGE_OPTIONS = List.of("firstFrame", "lastFrame", "referenceImages");

    private final String fieldName;
    private final BiConsumer<VideoRequest.Builder, Object> reader;
    private final BiConsumer<VideoRequest, VideoRequest.Builder> copier;
    private final Function<VideoRequest, ?> getter;

    /**
     * @param read how a loose value becomes the field's type, naming the field when it cannot; {@code null} when the
     *             field is read by {@link VideoRequestReader} itself (images)
     */
    <T> NeutralField(String fieldName, BiFunction<String, Object, T> read, BiConsumer<VideoRequest.Builder, T> set,
            Function<VideoRequest, T> get) {
        this.fieldName = fieldName;
        this.reader = read == null ? null : (b, value) -> set.accept(b, read.apply(fieldName, value));
        this.copier = (from, to) -> set.accept(to, get.apply(from));
        this.getter = get;
    }

    /** The camelCase name: request map key, endpoint option, and header suffix. */
    public String fieldName() {
        return fieldName;
    }

    /** The keys of a request map or JSON document that give this field. */
    public List<String> readerNames() {
        return this == IMAGES ? concat(fieldName, IMAGE_OPTIONS) : List.of(fieldName);
    }

    /** The endpoint options that give this field's default. */
    public List<String> optionNames() {
        return this == IMAGES ? IMAGE_OPTIONS : List.of(fieldName);
    }

    /**
     * Whether a message header ({@code CamelSeedance} + the capitalised name) gives this field for one message: all
     * but the images, which come in the body or the options, and {@code extra}, set through {@code extra.*} options.
     */
    public boolean hasHeader() {
        return this != IMAGES && this != EXTRA;
    }

    /** Whether the request sets this field: a value, or a list or map that is not empty. */
    public boolean isSetIn(VideoRequest request) {
        Object value = getter.apply(request);
        return value instanceof Collection<?> c
                ? !c.isEmpty()
                : value instanceof Map<?, ?> m ? !m.isEmpty() : value != null;
    }

    /** The field by its name, e.g. {@code cameraFixed}. */
    public static Optional<NeutralField> byName(String fieldName) {
        return Arrays.stream(values()).filter(f -> f.fieldName.equals(fieldName)).findFirst();
    }

    /** Reads a loose value into the builder; images are read by {@link VideoRequestReader}. */
    void read(VideoRequest.Builder builder, Object value) {
        if (reader == null) {
            throw new IllegalStateException(fieldName + " is read by VideoRequestReader");
        }
        reader.accept(builder, value);
    }

    boolean readsAlone() {
        return reader != null;
    }

    /** Copies the field from {@code from} into {@code to} when {@code from} sets it. */
    void mergeInto(VideoRequest from, VideoRequest.Builder to) {
        if (isSetIn(from)) {
            copier.accept(from, to);
        }
    }

    private static List<String> concat(String first, List<String> rest) {
        return Stream.concat(Stream.of(first), rest.stream()).toList();
    }
}
