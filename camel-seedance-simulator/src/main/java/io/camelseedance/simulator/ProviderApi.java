package io.camelseedance.simulator;

/**
 * A simulated provider API under its own base path, e.g. {@code /acedata}: it checks the bearer key, routes the
 * request, and answers every {@link ApiRefusal} in the provider's own error format, including the failures a test
 * scheduled ({@code failNext}) and the faults of the run ({@link Faults}).
 */
public abstract class ProviderApi implements SimulatedApi {

    private final String basePath;
    private final SimulatorSettings settings;

    /**
     * @param basePath the provider's {@link SimulatedProvider#basePath()}, e.g. {@code /acedata}
     */
    protected ProviderApi(String basePath, SimulatorSettings settings) {
        this.basePath = basePath;
        this.settings = settings;
    }

    @Override
    public final Reply handle(RecordedRequest request, String requestId) {
        try {
            if (!BearerToken.accepted(request, settings.apiKey())) {
                throw refuseKey(BearerToken.of(request).isEmpty());
            }
            return route(request, request.path().substring(basePath.length()), requestId);
        } catch (ApiRefusal refusal) {
            return refusal.reply(settings.retryAfterSeconds());
        }
    }

    @Override
    public final Reply errorReply(int httpStatus, String requestId) {
        return refusalFor(httpStatus).reply(settings.retryAfterSeconds());
    }

    /**
     * Answers an authenticated request.
     *
     * @param path the request path below the prefix, e.g. {@code /seedance/videos}
     * @throws ApiRefusal to answer with an error
     */
    protected abstract Reply route(RecordedRequest request, String path, String requestId);

    /** The refusal of a request without a key ({@code missing}) or with a wrong one. */
    protected abstract ApiRefusal refuseKey(boolean missing);

    /** A plausible refusal with this status, for a scheduled failure or a fault of the run. */
    protected abstract ApiRefusal refusalFor(int httpStatus);
}
