package io.camelseedance.simulator;

import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The one JSON mapper of the simulator, configured strictly because a lenient fake hides client bugs. */
public final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private Json() {
    }

    /** Parses a document; the exception says what is malformed so that it can go into an error message. */
    public static JsonNode parse(String text) throws JsonProcessingException {
        return MAPPER.readTree(text);
    }

    /**
     * Parses a request body that must be a JSON object.
     *
     * @throws IllegalArgumentException saying what is wrong, for the caller to put in its provider's error format
     */
    public static ObjectNode parseObject(String body) {
        JsonNode root;
        try {
            root = parse(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the body is not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("the body must be a JSON object");
        }
        return (ObjectNode) root;
    }

    /** The first field of {@code object} that is not {@code allowed}: strict APIs refuse what they do not know. */
    public static Optional<String> unknownField(JsonNode object, Set<String> allowed) {
        for (Iterator<String> names = object.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!allowed.contains(name)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /** A field's value, with JSON {@code null} counting as absent, as the providers' decoders do. */
    public static JsonNode present(JsonNode object, String field) {
        JsonNode value = object.get(field);
        return value == null || value.isNull() ? null : value;
    }

    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    public static byte[] bytes(JsonNode document) {
        try {
            return MAPPER.writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The document as a client parsing its wire form would see it; built nodes and parsed ones differ in number
     * node types, which would make {@code equals} comparisons in tests fail for no visible reason.
     */
    public static JsonNode asParsed(JsonNode document) {
        try {
            return MAPPER.readTree(text(document));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(JsonNode document) {
        try {
            return MAPPER.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
