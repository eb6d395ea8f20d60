package io.camelseedance.provider.apimart;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;

import io.camelseedance.api.SeedanceApiException;
import io.camelseedance.api.SeedanceValidationException.Violation;
import io.camelseedance.api.TaskStatus;
import io.camelseedance.api.ValidationMode;
import io.camelseedance.api.VideoRequest;
import io.camelseedance.api.VideoTask;
import io.camelseedance.provider.ErrorBody;
import io.camelseedance.provider.HttpCall;
import io.camelseedance.provider.JsonSupport;
import io.camelseedance.provider.ModelFamily;
import io.camelseedance.provider.ProviderDialect;
import io.camelseedance.provider.ProviderOptions;
import io.camelseedance.provider.RequestField;
import io.camelseedance.provider.UnsupportedFields;

/**
 * APIMart ({@code api.apimart.ai}): {@code POST /v1/videos/generations} and {@code GET /v1/tasks/{id}}, answers
 * wrapped in {@code {"code":200,"data":...}}. Every create carries a fresh {@code Idempotency-Key}, and APIMart
 * collapses creates with one key into one task, so a create whose answer was lost (timeout, 5xx) is re-sent with
 * the same key: the one provider where that is safe. No callbacks, task list, batch get or cancel.
 * <p>
 * Provider option {@code language} ({@code en}, {@code zh}, {@code ko} or {@code ja}): the language of the
 * messages in polled tasks.
 */
public final class ApiMartDialect implements ProviderDialect {

    /** The header APIMart deduplicates creates by. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** The provider option naming the language of task messages. */
    public static final String LANGUAGE_OPTION = "language";

    static final String GENERATIONS = "/v1/videos/generations";
    static final String TASKS = "/v1/tasks/";
    private static final Set<String> LANGUAGES = Set.of("en", "zh", "ko", "ja");
    // Ark fields APIMart's create does not document (it has return_last_frame, but no callbacks)
    static final Set<RequestField> LACKING = EnumSet.of(RequestField.FRAMES, RequestField.SEED,
            RequestField.CAMERA_FIXED, RequestField.WATERMARK, RequestField.DRAFT, RequestField.DRAFT_TASK_ID,
            RequestField.SERVICE_TIER, RequestField.EXECUTION_EXPIRES_AFTER, RequestField.PRIORITY,
            RequestField.SAFETY_IDENTIFIER, RequestField.OUTPUT_FORMAT, RequestField.TASK_TYPE,
            RequestField.CALLBACK_URL);

    private final String provider;
    private final Map<String, List<String>> taskQuery;
    private final Supplier<String> idempotencyKeys;
    private final ModelFamily families;
    private final ApiMartRequestWriter writer;
    private final ApiMartTaskReader reader;

    ApiMartDialect(ProviderOptions options) {
        this(options, () -> UUID.randomUUID().toString());
    }

    /** @param idempotencyKeys a fresh key per create */
    ApiMartDialect(ProviderOptions options, Supplier<String> idempotencyKeys) {
        this.provider = options.provider();
        this.taskQuery = languageQuery(options);
        this.idempotencyKeys = idempotencyKeys;
        this.families = options.modelFamily();
        this.writer = new ApiMartRequestWriter(families);
        this.reader = new ApiMartTaskReader(provider);
    }

    private static Map<String, List<String>> languageQuery(ProviderOptions options) {
        String language = options.get(LANGUAGE_OPTION, null);
        if (language == null) {
            return Map.of();
        }
        String code = language.toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(code)) {
            throw options.invalid(LANGUAGE_OPTION, "must be one of "
                    + String.join(", ", LANGUAGES.stream().sorted().toList())
                    + "; got " + language);
        }
        return Map.of(LANGUAGE_OPTION, List.of(code));
    }

    @Override
    public List<Violation> unsupported(VideoRequest r, ValidationMode validation) {
        return new UnsupportedFields(provider, r)
                .seedance20Only(families)
                .lacking(LACKING)
                .fixedDurationOnly()
                .httpUrlsOnly()
                .list();
    }

    /** The key is made here, once per create, so that every re-send of this very call carries the same one. */
    @Override
    public HttpCall create(VideoRequest request) {
        return HttpCall.post(GENERATIONS, writer.write(request)).withHeader(IDEMPOTENCY_KEY, idempotencyKeys.get());
    }

    /** APIMart answers a create with {@code {"code":200,"data":[{"status":"submitted","task_id":...}]}}. */
    @Override
    public VideoTask parseCreated(String body, VideoRequest request) {
        JsonNode data = ApiMartEnvelope.data(provider, body, "create response");
        String id = JsonSupport.requireTaskId(JsonSupport.text(data, "task_id"), provider, "data[0].task_id");
        String word = JsonSupport.text(data, "status");
        TaskStatus status = word == null ? TaskStatus.QUEUED : ApiMartTaskReader.STATUS.status(word);
        return VideoTask.builder()
                .id(id)
                .provider(provider)
                .model(ApiMartModels.wireModel(request.model(), families))
                .status(status)
                .raw(body)
                .build();
    }

    @Override
    public HttpCall get(String taskId) {
        return HttpCall.get(TASKS + taskId, taskQuery);
    }

    @Override
    public VideoTask parseTask(String body) {
        JsonNode data = ApiMartEnvelope.data(provider, body, "task");
        JsonSupport.requirePresent(JsonSupport.text(data, "status"), "data.status");
        return reader.read(data, body);
    }

    /** APIMart's {@code error.code} repeats the HTTP status; its {@code type} is the telling part. */
    @Override
    public SeedanceApiException parseError(int httpStatus, String body, String requestId, Duration retryAfter) {
        return ErrorBody.parse(body).withTypeForNumericCode().toException(provider, httpStatus, requestId, retryAfter);
    }
}
