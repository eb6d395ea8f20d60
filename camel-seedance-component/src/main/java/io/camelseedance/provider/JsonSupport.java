package io.camelseedance.provider;

import java.time.Instant;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.camelseedance.api.SeedanceException;

/**
 * JSON reading and writing shared by the dialects: lenient about fields it does not know, null-safe accessors, and
 * parse errors that say what was being read without echoing whole bodies.
 */
public final class JsonSupport {

    public static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            // an answer with something after its JSON (a proxy's page appended) is not the answer it looks like
            .configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true);

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

    /**
     * The task id of a create answer. Without one the task exists and is billed but cannot be followed, which the
     * client reports as an outcome it cannot know.
     *
     * @param lookedAt where the dialect looked, for the message
     */
    public static String requireTaskId(String id, String provider, String lookedAt) {
        if (id == null || id.isBlank()) {
            throw new MalformedAnswerException("no task id at " + lookedAt);
        }
        return id;
    }

    /**
     * The text of a field an answer must carry, e.g. a task's status; a {@link MalformedAnswerException} naming
     * where it was looked for when it is missing, blank or not a value.
     */
    public static String requireText(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        if (v != null && !v.isNull() && !v.isTextual()) {
            throw new MalformedAnswerException(field + " that is not text");
        }
        return requirePresent(v == null || v.isNull() ? null : v.asText(), field);
    }

    /** A value an answer must carry, as read from {@code where}; see {@link #requireText(JsonNode, String)}. */
    public static String requirePresent(String value, String where) {
        if (value == null || value.isBlank()) {
            throw new MalformedAnswerException("no " + where);
        }
        return value;
    }

    /** The array an answer must carry at {@code field}. */
    public static JsonNode requireArray(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isArray()) {
            throw new MalformedAnswerException(v == null ? "no " + field + " list" : field + " that is not a list");
        }
        return v;
    }

    /** Sets {@code field} unless {@code value} is {@code null}, so that the provider's default applies. */
    public static void putIfSet(ObjectNode node, String field, Object value) {
        if (value != null) {
            node.set(field, MAPPER.valueToTree(value));
        }
    }

    /** The first 200 characters of a body on one line, for messages about answers that are not JSON. */
    public static String abbreviate(String body) {
        if (body == null) {
            return null;
        }
        String oneLine = body.strip().replaceAll("\\s+", " ");
        return oneLine.length() > 200 ? oneLine.substring(0, 200) + "..." : oneLine;
    }

    /** The object under {@code field}, or an empty node so chained reads stay null-safe. */
    public static JsonNode object(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isObject() ? v : MAPPER.createObjectNode();
    }
}
