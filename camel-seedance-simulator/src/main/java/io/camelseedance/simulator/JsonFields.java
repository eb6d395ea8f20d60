package io.camelseedance.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Strict, typed access to the top-level fields of a request body, refusing a value of the wrong JSON type with the
 * provider's own error naming the field. {@code null} counts as absent, as it does for the providers' decoders.
 */
public final class JsonFields {

    private final JsonNode object;
    private final BiFunction<String, String, RuntimeException> wrongType;

    /**
     * @param wrongType the provider's error for a field (first argument) that is not what it must be (second, e.g.
     *                  "a string")
     */
    public JsonFields(JsonNode object, BiFunction<String, String, RuntimeException> wrongType) {
        this.object = object;
        this.wrongType = wrongType;
    }

    /**
     * Parses a request body that must be one JSON object.
     *
     * @param malformed the provider's error for a body that is not, given what is wrong
     */
    public static JsonNode parseObject(String body, Function<String, RuntimeException> malformed) {
        JsonNode root;
        try {
            root = Json.parse(body);
        } catch (JsonProcessingException e) {
            throw malformed.apply("the body is not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (root == null || !root.isObject()) {
            throw malformed.apply("the body must be a JSON object");
        }
        return root;
    }

    /**
     * Refuses the first field of {@code object} that is not in {@code known}: a strict fake is what makes a
     * client's misspelt or misplaced field fail in tests rather than in production.
     */
    public static void rejectUnknown(JsonNode object, Set<String> known, Function<String, RuntimeException> unknown) {
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw unknown.apply(name);
            }
        }
    }

    public boolean has(String name) {
        return value(name) != null;
    }

    public String text(String name) {
        JsonNode value = value(name);
        if (value != null && !value.isTextual()) {
            throw wrongType.apply(name, "a string");
        }
        return value == null ? null : value.asText();
    }

    public Boolean bool(String name) {
        JsonNode value = value(name);
        if (value != null && !value.isBoolean()) {
            throw wrongType.apply(name, "a boolean");
        }
        return value == null ? null : value.asBoolean();
    }

    public Integer integer(String name) {
        JsonNode value = value(name);
        if (value != null && !(value.isIntegralNumber() && value.canConvertToInt())) {
            throw wrongType.apply(name, "an integer");
        }
        return value == null ? null : value.asInt();
    }

    public Long longInteger(String name) {
        JsonNode value = value(name);
        if (value != null && !(value.isIntegralNumber() && value.canConvertToLong())) {
            throw wrongType.apply(name, "an integer");
        }
        return value == null ? null : value.asLong();
    }

    public JsonNode array(String name) {
        JsonNode value = value(name);
        if (value != null && !value.isArray()) {
            throw wrongType.apply(name, "an array");
        }
        return value;
    }

    public JsonNode object(String name) {
        JsonNode value = value(name);
        if (value != null && !value.isObject()) {
            throw wrongType.apply(name, "an object");
        }
        return value;
    }

    private JsonNode value(String name) {
        JsonNode value = object.get(name);
        return value == null || value.isNull() ? null : value;
    }
}
