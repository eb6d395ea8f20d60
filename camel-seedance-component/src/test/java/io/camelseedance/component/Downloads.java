package io.camelseedance.component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Fetches what a finished task points to, the way a route's next step would. */
final class Downloads {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Downloads() {
    }

    static byte[] get(String url) {
        try {
            HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new AssertionError("GET " + url + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Whether the bytes start like an MP4: a first box of type {@code ftyp}. */
    static boolean isMp4(byte[] bytes) {
        return bytes.length > 8 && new String(bytes, 4, 4, StandardCharsets.US_ASCII).equals("ftyp");
    }
}
