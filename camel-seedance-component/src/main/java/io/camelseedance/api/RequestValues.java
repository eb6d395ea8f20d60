package io.camelseedance.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads loose values (typed, or text as URI options, YAML and headers carry them) into the types of the request
 * fields, naming the field when a value does not fit.
 */
final class RequestValues {

    private RequestValues() {
    }

    static String text(String field, Object v) {
        if (v instanceof String || v instanceof Number || v instanceof Boolean) {
            return v.toString();
        }
        throw new SeedanceValidationException(field, "must be text");
    }

    static Integer wholeNumber(String field, Object v) {
        Long l = longNumber(field, v);
        if (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) {
            throw new SeedanceValidationException(field, "is out of range: " + l);
        }
        return l.intValue();
    }

    /** Whole or fractional seconds: Ace Data Cloud takes a fraction, the validator tells the others' users. */
    static Number seconds(String field, Object v) {
        try {
            if (v instanceof Number || v instanceof String) {
                return new BigDecimal(v.toString().trim());
            }
        } catch (NumberFormatException e) {
            // fall through to the error below
        }
        throw new SeedanceValidationException(field, "must be a number of seconds, got '" + v + "'");
    }

    static Long longNumber(String field, Object v) {
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            return n.longValue();
        }
        if (v instanceof String s) {
            try {
                return Long.parseLong(s.trim());
            } catch (NumberFormatException e) {
                // fall through to the error below
            }
        }
        throw new SeedanceValidationException(field, "must be a whole number, got '" + v + "'");
    }

    static Boolean flag(String field, Object v) {
        if (v instanceof Boolean bool) {
            return bool;
        }
        if (v instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
            return Boolean.valueOf(s);
        }
        throw new SeedanceValidationException(field, "must be true or false, got '" + v + "'");
    }

    /** A list, or comma-separated text (as URI options and headers carry it). */
    static List<String> texts(String field, Object v) {
        if (v instanceof Collection<?> c) {
            List<String> out = new ArrayList<>();
            for (Object o : c) {
                out.add(o instanceof Map<?, ?> m && m.get("url") != null ? m.get("url").toString() : text(field, o));
            }
            return out;
        }
        if (v instanceof String s) {
            return Arrays.stream(s.split(",")).map(String::trim).filter(x -> !x.isEmpty()).toList();
        }
        throw new SeedanceValidationException(field, "must be a list");
    }

    /** An object of provider wire fields, kept as given. */
    static Map<String, Object> wireFields(String field, Object v) {
        if (!(v instanceof Map<?, ?> map)) {
            throw new SeedanceValidationException(field, "must be an object of provider wire fields");
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        map.forEach((key, value) -> fields.put(String.valueOf(key), value));
        return fields;
    }
}
