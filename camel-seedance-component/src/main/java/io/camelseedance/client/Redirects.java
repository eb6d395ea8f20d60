package io.camelseedance.client;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.Set;

/**
 * What the component does with redirects: never lets the HTTP client follow them. API calls refuse them (the API key
 * is on every call); downloads follow them one hop at a time, each hop checked against the download policy.
 */
final class Redirects {

    private static final Set<Integer> STATUSES = Set.of(301, 302, 303, 307, 308);

    private Redirects() {
    }

    static boolean isRedirect(int status) {
        return STATUSES.contains(status);
    }

    /** The given client, if it follows no redirects; else a clear refusal to use it. */
    static HttpClient refuseFollowing(HttpClient http) {
        if (http.followRedirects() != HttpClient.Redirect.NEVER) {
            throw new IllegalArgumentException("The given HttpClient follows redirects (" + http.followRedirects()
                    + "): Seedance calls must not, or the API key would go to whichever host a redirect names. Build"
                    + " it with followRedirects(HttpClient.Redirect.NEVER)");
        }
        return http;
    }

    /** Where a redirect points, resolved against the request; {@code null} when it names no valid location. */
    static URI location(HttpResponse<?> response) {
        String location = response.headers().firstValue("Location").orElse(null);
        if (location == null || location.isBlank()) {
            return null;
        }
        try {
            return response.request().uri().resolve(location.trim());
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }

    /** The target as it may appear in a message: origin only (a signed URL's query stays out). */
    static String target(HttpResponse<?> response) {
        URI location = location(response);
        return location == null || location.getHost() == null
                ? "(no valid Location)"
                : Locations.origin(location);
    }
}
