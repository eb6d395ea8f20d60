package io.camelseedance.simulator;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One HTTP request as the simulator received it, kept so that tests can assert on what a client actually sent.
 *
 * @param method     the HTTP method, upper case
 * @param path       the path without the query string
 * @param query      the raw query string, or {@code ""}
 * @param headers    the request headers; names are lower case because HTTP header names are case-insensitive
 * @param body       the request body decoded as UTF-8, or {@code ""}
 * @param receivedAt when the simulator received the request
 */
public record RecordedRequest(
        String method, String path, String query, Map<String, List<String>> headers, String body, Instant receivedAt) {

    public RecordedRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(receivedAt, "receivedAt");
        query = query == null ? "" : query;
        body = body == null ? "" : body;
        headers = lowerCaseNames(headers == null ? Map.of() : headers);
    }

    /** The first value of a header, or {@code null} when it was not sent. The name is matched case-insensitively. */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The URL-decoded query parameters in the order sent; a repeated key keeps every value. */
    public Map<String, List<String>> queryParams() {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (query.isEmpty()) {
            return params;
        }
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            params.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        params.replaceAll((key, values) -> List.copyOf(values));
        return Collections.unmodifiableMap(params);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static Map<String, List<String>> lowerCaseNames(Map<String, List<String>> headers) {
        Map<String, List<String>> lowered = new LinkedHashMap<>();
        headers.forEach((name, values) -> lowered
                .computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                .addAll(values == null ? List.of() : values));
        lowered.replaceAll((name, values) -> List.copyOf(values));
        return Collections.unmodifiableMap(lowered);
    }
}
