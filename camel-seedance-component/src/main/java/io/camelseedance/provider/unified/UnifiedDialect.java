package io.camelseedance.provider.unified;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import io.camelseedance.api.SeedanceApiException;
import io.camelseedance.api.SeedanceValidationException.Violation;
import io.camelseedance.api.ValidationMode;
import io.camelseedance.api.VideoRequest;
import io.camelseedance.api.VideoTask;
import io.camelseedance.provider.ErrorBody;
import io.camelseedance.provider.HttpCall;
import io.camelseedance.provider.ProviderDialect;
import io.camelseedance.provider.ProviderOptions;

/**
 * The "/v2/videos/generations" unified format of relay gateways (the aiproxy / yutoai family and its siblings): create
 * with {@code POST /v2/videos/generations}, poll with {@code GET /v2/videos/generations/{task_id}}; no list, no
 * cancel, no batch, no callbacks. There is no public host: {@code baseUrl} is required.
 * <p>
 * Relays differ in where they put the result, so the answer is read through JSON pointers given as provider options:
 * {@code taskIdPointer} ({@code /task_id}), {@code statusPointer} ({@code /status}), {@code videoUrlPointer}
 * ({@code /data/output,/video_url,/url,/result/url}), {@code lastFrameUrlPointer}
 * ({@code /data/last_frame_url,/last_frame_url}), {@code errorPointer} ({@code /fail_reason}) and
 * {@code progressPointer} ({@code /progress}); each may list several, comma-separated, the first found wins.
 */
public final class UnifiedDialect implements ProviderDialect {

    static final String GENERATIONS = "/v2/videos/generations";
    // legacy Seedance 1.0 Lite values the relay still documents
    private static final Set<String> EXTRA_RATIOS = Set.of("9:21", UnifiedRules.KEEP_RATIO);

    private final String provider;
    private final UnifiedRules rules;
    private final UnifiedRequestWriter writer = new UnifiedRequestWriter();
    private final UnifiedTaskReader reader;

    /**
     * @param options provider options: the response pointers listed in the class comment
     */
    UnifiedDialect(ProviderOptions options) {
        this.provider = options.provider();
        this.rules = new UnifiedRules(provider);
        this.reader = new UnifiedTaskReader(provider, new ResponsePointers(options));
    }

    @Override
    public List<Violation> unsupported(VideoRequest request, ValidationMode mode) {
        return rules.check(request, mode);
    }

    @Override
    public Set<String> extraRatios() {
        return EXTRA_RATIOS;
    }

    @Override
    public HttpCall create(VideoRequest request) {
        return HttpCall.post(GENERATIONS, writer.write(request));
    }

    @Override
    public VideoTask parseCreated(String body, VideoRequest request) {
        return reader.readCreated(body, request.model());
    }

    @Override
    public HttpCall get(String taskId) {
        return HttpCall.get(GENERATIONS + "/" + taskId);
    }

    @Override
    public VideoTask parseTask(String body) {
        return reader.read(body);
    }

    @Override
    public SeedanceApiException parseError(int httpStatus, String body, String requestId, Duration retryAfter) {
        return ErrorBody.parse(body).toException(provider, httpStatus, requestId, retryAfter);
    }
}
