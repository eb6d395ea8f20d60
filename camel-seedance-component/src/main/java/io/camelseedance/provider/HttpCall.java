package io.camelseedance.provider;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One HTTP call as a dialect describes it: the client adds the base URL, authentication and transport.
 *
 * @param method   GET, POST or DELETE
 * @param path     path below the provider's base URL, starting with {@code /}
 * @param query    query parameters; a key may repeat (Ark's {@code filter.task_ids})
 * @param jsonBody request body, or {@code null}
 * @param headers  provider-specific headers, e.g. an idempotency key
 */
public record HttpCall(String method, String path, Map<String, List<String>> query, String jsonBody,
        Map<String, String> headers) {

    public HttpCall {
        query = Map.copyOf(query);
        headers = Map.copyOf(headers);
    }

    public static HttpCall get(String path, Map<String, List<String>> query) {
        return new HttpCall("GET", path, query, null, Map.of());
    }

    public static HttpCall get(String path) {
        return get(path, Map.of());
    }

    public static HttpCall post(String path, String jsonBody) {
        return new HttpCall("POST", path, Map.of(), jsonBody, Map.of());
    }

    public static HttpCall delete(String path) {
        return new HttpCall("DELETE", path, Map.of(), null, Map.of());
    }

    /** A copy with one more header. */
    public HttpCall withHeader(String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put(name, value);
        return new HttpCall(method, path, query, jsonBody, h);
    }
}
