package io.camelseedance.provider;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds a flat request body the way every dialect wants it: fields the neutral request leaves unset are left out,
 * so the provider's defaults apply, and the request's {@code extra} fields go in verbatim, last, so they can add
 * a field this version does not know or override one it writes.
 */
public final class JsonBody {

    private final ObjectNode root = JsonSupport.MAPPER.createObjectNode();

    /** Sets the field unless the value is {@code null}. */
    public JsonBody put(String field, Object value) {
        if (value != null) {
            root.set(field, JsonSupport.MAPPER.valueToTree(value));
        }
        return this;
    }

    /** Sets the field to an array of the URLs unless there are none. */
    public JsonBody urls(String field, List<String> urls) {
        if (!urls.isEmpty()) {
            ArrayNode array = root.putArray(field);
            urls.forEach(array::add);
        }
        return this;
    }

    /** Sets the field to a built node. */
    public JsonBody set(String field, ObjectNode value) {
        root.set(field, value);
        return this;
    }

    /** Adds the request's pass-through fields. */
    public JsonBody extra(Map<String, Object> extra) {
        extra.forEach(this::put);
        return this;
    }

    public ObjectNode node() {
        return root;
    }

    /** The body as JSON text. */
    public String json() {
        return JsonSupport.write(root);
    }
}
