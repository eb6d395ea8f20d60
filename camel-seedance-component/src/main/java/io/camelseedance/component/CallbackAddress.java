package io.camelseedance.component;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

import io.camelseedance.api.VideoRequest;

/**
 * Where the provider sends callbacks: {@code callbackBaseUrl + callbackPath + "/" + token}. The producer puts that
 * URL in each request, the callback consumer serves the path and accepts a request only when its last path segment is
 * the token.
 * <p>
 * The token is what keeps anyone else from posting callbacks, so it never leaves this class except inside the URL
 * sent to the provider: no getter, no {@link #toString()}, no error message.
 */
final class CallbackAddress {

    static final String DEFAULT_PATH = "/seedance/callback";

    private static final int TOKEN_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();
    // unreserved URL characters: the token goes into a path segment without escaping
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_.~-]+");
    private static final Pattern PATH = Pattern.compile("(/[A-Za-z0-9_.~-]+)+");

    private final String path;
    private final byte[] token;
    private final String url;

    private CallbackAddress(String path, String token, String baseUrl) {
        this.path = path;
        this.token = token.getBytes(StandardCharsets.UTF_8);
        this.url = baseUrl == null ? null : baseUrl + path + "/" + token;
    }

    /**
     * @param generatedToken the component's token, used when the configuration sets none
     * @throws IllegalArgumentException naming the option at fault, never its value when it is the token
     */
    static CallbackAddress of(SeedanceConfiguration configuration, String generatedToken) {
        String token = configuration.getCallbackToken() != null ? configuration.getCallbackToken() : generatedToken;
        if (!TOKEN.matcher(token).matches()) {
            throw new IllegalArgumentException("callbackToken may only contain letters, digits, '-', '_', '.' and '~'");
        }
        return new CallbackAddress(path(configuration.getCallbackPath()), token,
                baseUrl(configuration.getCallbackBaseUrl()));
    }

    /** A random 256-bit token, URL-safe. */
    static String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String path(String configured) {
        String path = configured == null || configured.isBlank() ? DEFAULT_PATH : configured.trim();
        path = (path.startsWith("/") ? "" : "/") + path;
        while (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (!PATH.matcher(path).matches()) {
            throw new IllegalArgumentException("callbackPath must be a plain path such as " + DEFAULT_PATH
                    + " (letters, digits, '-', '_', '.', '~' and '/'), not " + configured);
        }
        return path;
    }

    private static String baseUrl(String configured) {
        if (configured == null || configured.isBlank()) {
            return null;
        }
        String base = configured.trim();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        URI uri;
        try {
            uri = URI.create(base);
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (uri == null || uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null
                || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
            throw new IllegalArgumentException("callbackBaseUrl must be an absolute http(s) URL without query, such as"
                    + " https://videos.example.com");
        }
        return base;
    }

    /** The path the consumer serves; the token is one more segment below it. */
    String path() {
        return path;
    }

    /** Whether a token taken from a request is this one, in time that does not depend on where they differ. */
    boolean accepts(String candidate) {
        return candidate != null && MessageDigest.isEqual(token, candidate.getBytes(StandardCharsets.UTF_8));
    }

    /** The request with this callback URL, unless it has its own or no callbackBaseUrl is set. */
    VideoRequest addTo(VideoRequest request) {
        if (url == null || request.callbackUrl() != null) {
            return request;
        }
        return request.toBuilder().callbackUrl(url).build();
    }

    @Override
    public String toString() {
        return "CallbackAddress[" + path + "/(token)]";
    }
}
