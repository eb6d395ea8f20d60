package io.camelseedance.provider;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;

/** The providers' documented example requests and answers, kept under {@code src/test/resources/<provider>/}. */
public final class Fixtures {

    private Fixtures() {
    }

    /** A fixture's text, e.g. {@code text("acedata/created.json")}. */
    public static String text(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode json(String path) {
        return parse(text(path));
    }

    public static JsonNode parse(String json) {
        return JsonSupport.parse(json, "fixture");
    }
}
