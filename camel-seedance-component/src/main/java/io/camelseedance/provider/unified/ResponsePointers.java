package io.camelseedance.provider.unified;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;

import io.camelseedance.provider.ProviderOptions;

/**
 * Where a relay puts each {@link Pointer} in its answers, as JSON pointers read from the provider options (e.g.
 * {@code providerOption.statusPointer=/data/status}). Relays of this family differ in small ways, so an option may
 * list several pointers, comma-separated; the first that finds a value wins.
 */
final class ResponsePointers {

    private final Map<Pointer, List<JsonPointer>> pointers = new EnumMap<>(Pointer.class);
    private final Map<Pointer, String> configured = new EnumMap<>(Pointer.class);

    ResponsePointers(ProviderOptions options) {
        for (Pointer pointer : Pointer.values()) {
            String value = options.get(pointer.option, pointer.defaultValue);
            configured.put(pointer, value);
            pointers.put(pointer, parse(options, pointer, value));
        }
    }

    private static List<JsonPointer> parse(ProviderOptions options, Pointer pointer, String value) {
        try {
            return Arrays.stream(value.split(",")).map(String::trim).map(JsonPointer::compile).toList();
        } catch (IllegalArgumentException e) {
            throw options.invalid(pointer.option,
                    "must be JSON pointers such as /data/status, comma-separated; got " + value);
        }
    }

    /** The first value the pointers find: not missing, not null and not blank text; else {@code null}. */
    JsonNode find(JsonNode root, Pointer pointer) {
        for (JsonPointer candidate : pointers.get(pointer)) {
            JsonNode value = root.at(candidate);
            if (!value.isMissingNode() && !value.isNull() && !(value.isTextual() && value.asText().isBlank())) {
                return value;
            }
        }
        return null;
    }

    /** The value as text, or {@code null} when there is none or it is an object or array. */
    String text(JsonNode root, Pointer pointer) {
        JsonNode value = find(root, pointer);
        return value == null || value.isContainerNode() ? null : value.asText();
    }

    /** Where the pointer looks, for messages: e.g. {@code /task_id (provider option taskIdPointer)}. */
    String describe(Pointer pointer) {
        return configured.get(pointer) + " (provider option " + pointer.option + ")";
    }
}
