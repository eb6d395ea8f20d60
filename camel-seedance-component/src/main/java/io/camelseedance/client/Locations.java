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

    static String of(String url) {
        try {
            return of(new URI(url));
        } catch (URISyntaxException e) {
            return "(an unreadable URL)";
        }
    }
}
