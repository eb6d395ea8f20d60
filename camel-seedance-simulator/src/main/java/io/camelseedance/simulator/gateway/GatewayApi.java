package io.camelseedance.simulator.gateway;

import java.util.Map;

import io.camelseedance.simulator.ApiRefusal;
import io.camelseedance.simulator.ProviderApi;
import io.camelseedance.simulator.RecordedRequest;
import io.camelseedance.simulator.Reply;
import io.camelseedance.simulator.SimulatorSettings;

/**
 * The HTTP surface EvoLink and APIMart share under their own path prefix: {@code POST <prefix>/v1/videos/generations}
 * and {@code GET <prefix>/v1/tasks/{id}}, behind a bearer key, every refusal in the gateways' error envelope with the
 * provider's type for each status. What a create and a retrieve answer is the provider's.
 */
public abstract class GatewayApi extends ProviderApi {

    /** The create path below a gateway's base URL. */
    public static final String CREATE_PATH = "/v1/videos/generations";
    /** The task path below a gateway's base URL, followed by the task id. */
    public static final String TASKS_PATH = "/v1/tasks/";

    private final Map<Integer, String> errorTypes;

    /**
     * @param basePath   the prefix, e.g. {@code /evolink}
     * @param errorTypes the provider's error type for each status it documents
     */
    protected GatewayApi(String basePath, SimulatorSettings settings, Map<Integer, String> errorTypes) {
        super(basePath, settings);
        this.errorTypes = Map.copyOf(errorTypes);
    }

    @Override
    protected final Reply route(RecordedRequest request, String path, String requestId) {
        String method = request.method();
        if (path.equals(CREATE_PATH)) {
            if (!method.equals("POST")) {
                throw GatewayRefusal.noRoute(405, method, request.path());
            }
            return create(request, requestId);
        }
        String id = path.startsWith(TASKS_PATH) ? path.substring(TASKS_PATH.length()) : "";
        if (id.isEmpty() || id.contains("/")) {
            throw GatewayRefusal.noRoute(404, method, request.path());
        }
        if (!method.equals("GET")) {
            throw GatewayRefusal.noRoute(405, method, request.path());
        }
        return retrieve(id, request);
    }

    @Override
    protected final ApiRefusal refuseKey(boolean missing) {
        return GatewayRefusal.unauthenticated();
    }

    @Override
    protected final ApiRefusal refusalFor(int httpStatus) {
        return GatewayRefusal.forStatus(httpStatus, errorTypes);
    }

    /** The provider's error type for each status. */
    protected final Map<Integer, String> errorTypes() {
        return errorTypes;
    }

    /** Answers {@code POST /v1/videos/generations}. */
    protected abstract Reply create(RecordedRequest request, String requestId);

    /** Answers {@code GET /v1/tasks/{id}}. */
    protected abstract Reply retrieve(String taskId, RecordedRequest request);
}
