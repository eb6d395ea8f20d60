package io.camelseedance.simulator.ark;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Typed access to the top-level fields of a request body, refusing a value of the wrong JSON type with an error
 * that names the field. {@code null} counts as absent, as it does for the service's own decoder.
 */
final class JsonFields {

    private final JsonNode object;

    JsonFields(JsonNode object) {
        this.object = object;
    }

    boolean has(String name) {
        return value(name) != null;
    }

    String text(String name) {
        JsonNode value = value(name);
        if (value != null && !value.isTextual()) {
            throw wrongType(name, "a string");
        }
        return value == null ? null : value.asText();
    }

    Boolean bool(String name) {
        JsonNode value = value(name);
        if (value != null && !value.isBoolean()) {
            throw wrongType(name, "a boolean");
        }
        return value == null ? null : value.asBoolean();
    }

    Integer integer(String name) {
        JsonNode value = value(name);
        if (value != null && !(value.isIntegralNumber() && value.canConvertToInt())) {
            throw wrongType(name, "an integer");
        }
        return value == null ? null : value.asInt();
    }

    Long longInteger(String name) {
        JsonNode value = value(name);
        if (value != null && !(value.isIntegralNumber() && value.canConvertToLong())) {
            throw wrongType(name, "an integer");
        }
        return value == null ? null : value.asLong();
    }

    JsonNode array(String name) {
        JsonNode value = value(name);
        if (value != null && !value.isArray()) {
            throw wrongType(name, "an array");
        }
        return value;
    }

    private JsonNode value(String name) {
        JsonNode value = object.get(name);
        return value == null || value.isNull() ? null : value;
    }

    private static ArkApiException wrongType(String name, String expected) {
        return ArkApiException.invalidParameter(name, "must be " + expected);
    }
}
