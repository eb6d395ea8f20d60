package io.camelseedance.provider;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The providers' own example requests and responses, copied into {@code src/test/resources/<provider>/}, and JSON
 * comparison that ignores field order and formatting.
 */
public final class Fixtures {

    private Fixtures() {
    }

    /** The text of {@code /<path>} on the test class path, e.g. {@code evolink/task-completed.json}. */
    public static String text(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode json(String text) {
        return JsonSupport.parse(text, "JSON under test");
    }

    public static JsonNode fixture(String path) {
        return json(text(path));
    }
}
