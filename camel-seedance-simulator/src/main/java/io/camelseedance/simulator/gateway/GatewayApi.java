package io.camelseedance.simulator.gateway;

import io.camelseedance.simulator.BearerToken;
import io.camelseedance.simulator.RecordedRequest;
import io.camelseedance.simulator.Reply;
import io.camelseedance.simulator.SimulatedApi;

/**
 * The HTTP surface EvoLink and APIMart share under their own path prefix: {@code POST <prefix>/v1/videos/generations}
 * and {@code GET <prefix>/v1/tasks/{id}}, behind a bearer key, with every refusal in the gateway error envelope.
 * What a create and a retrieve do is the provider's {@link Operations}.
 */
public final class GatewayApi implements SimulatedApi {

    /** The create path below a gateway's base URL. */
    public static final String CREATE_PATH = "/v1/videos/generations";
    /** The task path below a gateway's base URL, followed by the task id. */
    public static final String TASKS_PATH = "/v1/tasks/";

    /** What one gateway provider does for the two calls. */
    public interface Operations {

        Reply create(RecordedRequest request, String requestId);

        Reply retrieve(String taskId, RecordedRequest request);
    }

    private final String prefix;
    private final String apiKey;
    private final GatewayErrors errors;
    private final Operations operations;

    /**
     * @param prefix the provider's path prefix, e.g. {@code /evolink}; its base URL is the simulator's plus this
     * @param apiKey the only key accepted, or {@code null} for any non-empty one
     */
    public GatewayApi(String prefix, String apiKey, GatewayErrors errors, Operations operations) {
        this.prefix = prefix;
        this.apiKey = apiKey;
        this.errors = errors;
        this.operations = operations;
    }

    @Override
    public String pathPrefix() {
        return prefix + "/";
    }

    @Override
    public Reply handle(RecordedRequest request, String requestId) {
        try {
            if (!BearerToken.accepted(request, apiKey)) {
                throw GatewayError.unauthenticated();
            }
            return route(request, requestId);
        } catch (GatewayError e) {
            return errors.reply(e);
        }
    }

    @Override
    public Reply errorReply(int httpStatus, String requestId) {
        return errors.replyForStatus(httpStatus);
    }

    private Reply route(RecordedRequest request, String requestId) {
        String path = request.path().substring(prefix.length());
        String method = request.method();
        if (path.equals(CREATE_PATH)) {
            if (!method.equals("POST")) {
                throw GatewayError.methodNotAllowed(method, request.path());
            }
            return operations.create(request, requestId);
        }
        String id = path.startsWith(TASKS_PATH) ? path.substring(TASKS_PATH.length()) : "";
        if (id.isEmpty() || id.contains("/")) {
            throw GatewayError.pathNotFound(request.path());
        }
        if (!method.equals("GET")) {
            throw GatewayError.methodNotAllowed(method, request.path());
        }
        return operations.retrieve(id, request);
    }
}
