package io.camelseedance.provider.evolink;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.camelseedance.api.SeedanceApiException;
import io.camelseedance.api.SeedanceValidationException.Violation;
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
 * EvoLink ({@code api.evolink.ai}): {@code POST /v1/videos/generations} with one model per generation mode, and
 * {@code GET /v1/tasks/{id}}. Final statuses are POSTed to the request's callback URL in the task's own shape.
 * EvoLink has no task list, batch get or cancel, and no idempotency key, so a create is never re-sent blindly.
 */
public final class EvoLinkDialect implements ProviderDialect {

    static final String GENERATIONS = "/v1/videos/generations";
    static final String TASKS = "/v1/tasks/";
    // seed 003: "HTTPS callback URL", "2048 characters"
    private static final int MAX_CALLBACK_URL = 2048;
    private static final Set<String> LOOPBACK_HOSTS = Set.of("127.0.0.1", "localhost", "[::1]");
    private static final Set<String> QUALITIES = Set.of("480p", "720p");
    // Ark fields EvoLink's create does not document
    static final Set<RequestField> LACKING = EnumSet.of(RequestField.FRAMES, RequestField.SEED,
            RequestField.CAMERA_FIXED, RequestField.WATERMARK, RequestField.RETURN_LAST_FRAME, RequestField.DRAFT,
            RequestField.DRAFT_TASK_ID, RequestField.SERVICE_TIER, RequestField.EXECUTION_EXPIRES_AFTER,
            RequestField.PRIORITY, RequestField.SAFETY_IDENTIFIER, RequestField.OUTPUT_FORMAT, RequestField.TASK_TYPE);

    private final String provider;
    private final ModelFamily families;
    private final EvoLinkRequestWriter writer;
    private final EvoLinkTaskReader reader;

    EvoLinkDialect(ProviderOptions options) {
        this.provider = options.provider();
        this.families = options.modelFamily();
        this.writer = new EvoLinkRequestWriter(families);
        this.reader = new EvoLinkTaskReader(provider);
    }

    @Override
    public List<Violation> unsupported(VideoRequest r, ValidationMode validation) {
        EvoLinkModels.Mode mode = EvoLinkModels.modeOf(r);
        EvoLinkModels.Mode named = EvoLinkModels.namedMode(r.model()).orElse(mode);
        return new UnsupportedFields(provider, r)
                .when(named != mode, "model", "model " + r.model() + " is for " + named.suffix()
                        + " but the inputs make this " + mode.suffix()
                        + "; give the family (seedance-2.0 or seedance-2.0-fast) to have the model chosen")
                .seedance20Only(families)
                .lacking(LACKING)
                .fixedDurationOnly()
                .httpUrlsOnly()
                .when(r.resolution() != null && !QUALITIES.contains(r.resolution()), "resolution",
                        "renders 480p or 720p only")
                .when(!r.tools().isEmpty() && mode != EvoLinkModels.Mode.TEXT, "tools",
                        "offers web_search on text-to-video only")
                .when(r.callbackUrl() != null && r.callbackUrl().length() > MAX_CALLBACK_URL, "callbackUrl",
                        "takes a callback URL of at most " + MAX_CALLBACK_URL + " characters; got "
                                + (r.callbackUrl() == null ? 0 : r.callbackUrl().length()))
                .when(r.callbackUrl() != null && !httpsOrLoopback(r.callbackUrl()), "callbackUrl",
                        "calls back over HTTPS only (seed 003): give an https:// URL")
                .list();
    }

    /**
     * Plain http passes only towards a loopback receiver, which EvoLink itself cannot reach: it serves a simulated
     * EvoLink on the same machine. The URL is never quoted, as it may carry the callback token.
     */
    private static boolean httpsOrLoopback(String url) {
        try {
            URI uri = new URI(url);
            return "https".equalsIgnoreCase(uri.getScheme())
                    || "http".equalsIgnoreCase(uri.getScheme()) && LOOPBACK_HOSTS.contains(uri.getHost());
        } catch (URISyntaxException e) {
            return false;
        }
    }

    @Override
    public HttpCall create(VideoRequest request) {
        return HttpCall.post(GENERATIONS, writer.write(request));
    }

    /** EvoLink answers a create with the new task itself. */
    @Override
    public VideoTask parseCreated(String body, VideoRequest request) {
        VideoTask task = parseTask(body);
        JsonSupport.requireTaskId(task.id(), provider, "id");
        return task;
    }

    @Override
    public HttpCall get(String taskId) {
        return HttpCall.get(TASKS + taskId);
    }

    @Override
    public VideoTask parseTask(String body) {
        JsonNode task = JsonSupport.parse(body, "task");
        JsonSupport.requireText(task, "status");
        return reader.read(task, body);
    }

    /** EvoLink POSTs the task, exactly as a get returns it, when it completes, fails or is cancelled. */
    @Override
    public VideoTask parseCallback(String body) {
        return parseTask(body);
    }

    /** EvoLink's {@code error.code} repeats the HTTP status; its {@code type} is the telling part. */
    @Override
    public SeedanceApiException parseError(int httpStatus, String body, String requestId, Duration retryAfter) {
        return ErrorBody.parse(body).withTypeForNumericCode().toException(provider, httpStatus, requestId, retryAfter);
    }
}
