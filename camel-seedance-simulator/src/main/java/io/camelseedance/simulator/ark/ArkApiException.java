package io.camelseedance.simulator.ark;

/**
 * An error answer of the Ark API, thrown wherever the simulator decides to refuse a request and turned into the
 * wire format in one place ({@link ArkErrors}). The message has no request id yet; that is appended on the wire.
 * Resellers in front of the simulated Ark ({@link ArkUpstream}) catch it and answer in their own format.
 */
public final class ArkApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int httpStatus;
    private final String code;
    private final String param;

    ArkApiException(int httpStatus, String code, String message, String param) {
        super(message, null, false, false);
        this.httpStatus = httpStatus;
        this.code = code;
        this.param = param;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String code() {
        return code;
    }

    /** The request field at fault, or {@code null} when the error is not about one field. */
    public String param() {
        return param;
    }

    static ArkApiException invalidParameter(String param, String problem) {
        return new ArkApiException(400, "InvalidParameter",
                "The parameter `" + param + "` specified in the request is not valid: " + problem + ".", param);
    }

    static ArkApiException malformedRequest(String problem) {
        return new ArkApiException(400, "InvalidParameter", "The request is not valid: " + problem + ".", null);
    }

    static ArkApiException missingParameter(String param) {
        return new ArkApiException(400, "MissingParameter",
                "The request failed because it is missing one or multiple required parameters: `" + param + "`.",
                param);
    }

    static ArkApiException modelNotFound(String model) {
        return new ArkApiException(404, "InvalidEndpointOrModel.NotFound",
                "The model or endpoint " + model + " does not exist or you do not have access to it.", "model");
    }

    static ArkApiException taskNotFound(String id) {
        return new ArkApiException(404, "NotFound.TaskId", "The specified task " + id + " is not found.", "id");
    }

    static ArkApiException taskRunning(String id) {
        return new ArkApiException(400, "InvalidAction.TaskRunning",
                "The task " + id + " is running and cannot be cancelled.", null);
    }

    static ArkApiException taskCancelled(String id) {
        return new ArkApiException(400, "InvalidAction.TaskCancelled",
                "The task " + id + " has already been cancelled.", null);
    }

    static ArkApiException unauthenticated() {
        return new ArkApiException(401, "AuthenticationError",
                "The API key in the request is missing or invalid.", null);
    }

    static ArkApiException resourceNotFound(String path) {
        return new ArkApiException(404, "NotFound", "The requested resource " + path + " does not exist.", null);
    }

    static ArkApiException methodNotAllowed(String method, String path) {
        return new ArkApiException(405, "MethodNotAllowed",
                "The method " + method + " is not allowed for " + path + ".", null);
    }

    /** What a storage host answers for a pre-signed URL past its expiry. */
    static ArkApiException urlExpired(String path) {
        return new ArkApiException(403, "AccessDenied", "Request has expired: the signed URL of " + path
                + " is no longer valid; retrieve the task again for a fresh URL.", null);
    }

    /** What a storage host answers for a URL without a valid signature, e.g. one whose expiry was edited. */
    static ArkApiException urlSignatureInvalid(String path) {
        return new ArkApiException(403, "AccessDenied",
                "The request signature we calculated does not match the signature you provided for " + path + ".",
                null);
    }

    static ArkApiException contentRejected(String code) {
        return new ArkApiException(400, code, FailureMessages.describe(code), null);
    }

    /** A plausible error for a status forced by a test, picked the way the real service words it. */
    static ArkApiException forStatus(int httpStatus) {
        return switch (httpStatus) {
            case 400 -> malformedRequest("the request was refused");
            case 401 -> unauthenticated();
            case 403 -> new ArkApiException(403, "AccessDenied",
                    "You do not have permission to access this resource.", null);
            case 404 -> new ArkApiException(404, "NotFound", "The requested resource does not exist.", null);
            case 429 -> new ArkApiException(429, "RateLimitExceeded.EndpointRPMExceeded",
                    "The request has exceeded the requests per minute (RPM) rate limit of the endpoint. "
                            + "Please retry later.",
                    null);
            case 503 -> new ArkApiException(503, "ServerOverloaded",
                    "The service is currently overloaded. Please retry later.", null);
            default -> httpStatus >= 500
                    ? new ArkApiException(httpStatus, "InternalServiceError",
                            "The service encountered an unexpected internal error.", null)
                    : new ArkApiException(httpStatus, "InvalidRequest", "The request was refused.", null);
        };
    }
}
