package io.camelseedance.provider;

import java.time.Instant;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.camelseedance.api.SeedanceException;

/**
 * JSON reading and writing shared by the dialects: lenient about fields it does not know, null-safe accessors, and
 * parse errors that say what was being read without echoing whole bodies.
 */
public final class JsonSupport {

    public static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private JsonSupport() {
    }

    public static JsonNode parse(String body, String what) {
        try {
            JsonNode node = MAPPER.readTree(body == null ? "" : body);
            if (node == null || node.isMissingNode()) {
                throw new SeedanceException("Empty " + what + " from the provider");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new SeedanceException("Malformed " + what + " from the provider: " + e.getOriginalMessage());
        }
    }

    public static String write(Object tree) {
        try {
            return MAPPER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new SeedanceException("Cannot write request JSON: " + e.getOriginalMessage(), e);
        }
    }

    public static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    public static Integer integer(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || !v.isNumber() ? null : v.intValue();
    }

    public static Long longValue(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || !v.isNumber() ? null : v.longValue();
    }

    public static Boolean bool(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || !v.isBoolean() ? null : v.booleanValue();
    }

    /** Unix seconds to an instant. */
    public static Instant epochSeconds(JsonNode node, String field) {
        Long v = longValue(node, field);
        return v == null ? null : Instant.ofEpochSecond(v);
    }

    /** The object under {@code field}, or an empty node so chained reads stay null-safe. */
    public static JsonNode object(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isObject() ? v : MAPPER.createObjectNode();
    }
}
