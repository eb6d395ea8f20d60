package io.camelseedance.simulator;

/** The {@code Authorization: Bearer <key>} check every simulated provider makes. */
public final class BearerToken {

    private static final String BEARER = "Bearer ";

    private BearerToken() {
    }

    /**
     * Whether the request carries the accepted key.
     *
     * @param apiKey the only key accepted, or {@code null} to accept any non-empty one
     */
    public static boolean accepted(RecordedRequest request, String apiKey) {
        String authorization = request.header("authorization");
        boolean bearer = authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length());
        String token = bearer ? authorization.substring(BEARER.length()).trim() : "";
        return apiKey == null ? !token.isEmpty() : apiKey.equals(token);
    }
}
