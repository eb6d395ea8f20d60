package io.camelseedance.simulator;

/**
 * Reads and checks the {@code Authorization: Bearer <key>} header every simulated provider asks for. Each provider
 * refuses a bad key in its own error format, so this only decides, and leaves the answer to the API.
 */
public final class BearerToken {

    private static final String BEARER = "Bearer ";

    private BearerToken() {
    }

    /** The token of the request's bearer header, or {@code ""} when there is none. */
    public static String of(RecordedRequest request) {
        String authorization = request.header("authorization");
        boolean bearer = authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length());
        return bearer ? authorization.substring(BEARER.length()).trim() : "";
    }

    /**
     * @param apiKey the only key accepted, or {@code null} to accept any non-empty token
     */
    public static boolean accepted(RecordedRequest request, String apiKey) {
        String token = of(request);
        return apiKey == null ? !token.isEmpty() : apiKey.equals(token);
    }
}
