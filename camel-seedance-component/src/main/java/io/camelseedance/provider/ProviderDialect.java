package io.camelseedance.provider;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import io.camelseedance.api.SeedanceApiException;
import io.camelseedance.api.SeedanceValidationException.Violation;
import io.camelseedance.api.TaskPage;
import io.camelseedance.api.TaskQuery;
import io.camelseedance.api.ValidationMode;
import io.camelseedance.api.VideoRequest;
import io.camelseedance.api.VideoTask;

/**
 * One provider family's wire format. A dialect is pure mapping, with no I/O: neutral request to HTTP call, response
 * JSON to neutral task, error JSON to {@link SeedanceApiException}. The client does the rest.
 */
public interface ProviderDialect {

    /**
     * What of this request the provider's wire format cannot carry (a field it lacks, a role it does not take), each
     * violation naming the neutral field and the provider; collect them with {@link UnsupportedFields}. Checked before
     * sending unless validation is off.
     *
     * @param mode {@code strict} or {@code lenient}, never {@code off}: a dialect may let a limit the provider
     *             enforces by cutting the value short pass with a warning in lenient mode, and refuse it in strict mode
     */
    default List<Violation> unsupported(VideoRequest request, ValidationMode mode) {
        return List.of();
    }

    /**
     * Aspect ratios this provider takes beyond the ones every Seedance provider shares (16:9, 4:3, 1:1, 3:4, 9:16,
     * 21:9, adaptive), e.g. a relay's legacy {@code keep_ratio}; the request validator lets them through for it.
     */
    default Set<String> extraRatios() {
        return Set.of();
    }

    HttpCall create(VideoRequest request);

    /** The task as known right after a successful create: at least its id, and the model it was sent to. */
    VideoTask parseCreated(String body, VideoRequest request);

    HttpCall get(String taskId);

    /** Parses a task, as returned by get or pushed to a callback URL. */
    VideoTask parseTask(String body);

    /** Parses what the provider POSTs to a callback URL. */
    default VideoTask parseCallback(String body) {
        return parseTask(body);
    }

    /** Fetches many tasks in one call; only called when the provider has {@link ProviderFeatures.Feature#BATCH_GET}. */
    default HttpCall getMany(List<String> taskIds) {
        throw new UnsupportedOperationException("no batch get");
    }

    /** Parses the answer to {@link #getMany(List)}. */
    default List<VideoTask> parseMany(String body) {
        throw new UnsupportedOperationException("no batch get");
    }

    /** Only called when the provider has {@link ProviderFeatures.Feature#LIST}. */
    default HttpCall list(TaskQuery query) {
        throw new UnsupportedOperationException("no task list");
    }

    default TaskPage parseList(String body) {
        throw new UnsupportedOperationException("no task list");
    }

    /** Only called when the provider has {@link ProviderFeatures.Feature#CANCEL}. */
    default HttpCall cancel(String taskId) {
        throw new UnsupportedOperationException("no cancel");
    }

    /**
     * Maps an error response. {@code requestId} is the provider's request id header, when there was one; the dialect
     * may find a better one in the body.
     */
    SeedanceApiException parseError(int httpStatus, String body, String requestId, Duration retryAfter);
}
