package io.camelseedance.client;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * A URL as it may appear in logs and error messages: scheme, host, port and path only. Pre-signed URLs carry their
 * signature in the query, and a URL's user info is a password; neither may leak through an error report.
 */
final class Locations {

    private Locations() {
    }

    static String of(URI uri) {
        StringBuilder location = new StringBuilder();
        if (uri.getScheme() != null) {
            location.append(uri.getScheme()).append("://");
        }
        if (uri.getHost() != null) {
            location.append(uri.getHost());
        }
        if (uri.getPort() != -1) {
            location.append(':').append(uri.getPort());
        }
        if (uri.getRawPath() != null) {
            location.append(uri.getRawPath());
        }
        return location.toString();
    }

    /** Scheme, host and port only, e.g. {@code https://ark.example.com:8443}. */
    static String origin(URI uri) {
        StringBuilder origin = new StringBuilder();
        if (uri.getScheme() != null) {
            origin.append(uri.getScheme()).append("://");
        }
        origin.append(uri.getHost());
        if (uri.getPort() != -1) {
            origin.append(':').append(uri.getPort());
        }
        return origin.toString();
    }

    static String of(String url) {
        try {
            return of(new URI(url));
        } catch (URISyntaxException e) {
            return "(an unreadable URL)";
        }
    }
}
