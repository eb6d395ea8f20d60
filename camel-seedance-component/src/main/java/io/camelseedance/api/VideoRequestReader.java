package io.camelseedance.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a neutral request from a map or JSON document whose keys are the camelCase field names of
 * {@link VideoRequest}, plus {@code prompt}, {@code images} (as {@code [{url, role}]} or plain URLs), {@code videos},
 * {@code audios}, {@code draftTaskId} and {@code extra}. Values may be typed or text (as from YAML or headers). A key
 * that is not a field, or a value of the wrong type, is rejected naming the field, so a typo never silently drops a
 * setting.
 */
public final class VideoRequestReader {

    // trailing content after the object ({"prompt":"a"} garbage, or two objects) is an error, not ignored
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private static final Map<String, BiConsumer<VideoRequest.Builder, Object>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("model", (b, v) -> b.model(string("model", v)));
        FIELDS.put("prompt", (b, v) -> b.prompt(string("prompt", v)));
        FIELDS.put("videos", (b, v) -> b.videos(strings("videos", v)));
        FIELDS.put("audios", (b, v) -> b.audios(strings("audios", v)));
        FIELDS.put("draftTaskId", (b, v) -> b.draftTaskId(string("draftTaskId", v)));
        FIELDS.put("resolution", (b, v) -> b.resolution(string("resolution", v)));
        FIELDS.put("ratio", (b, v) -> b.ratio(string("ratio", v)));
        FIELDS.put("duration", (b, v) -> b.duration(seconds(v)));
        FIELDS.put("frames", (b, v) -> b.frames(integer("frames", v)));
        FIELDS.put("seed", (b, v) -> b.seed(longValue("seed", v)));
        FIELDS.put("cameraFixed", (b, v) -> b.cameraFixed(bool("cameraFixed", v)));
        FIELDS.put("watermark", (b, v) -> b.watermark(bool("watermark", v)));
        FIELDS.put("generateAudio", (b, v) -> b.generateAudio(bool("generateAudio", v)));
        FIELDS.put("returnLastFrame", (b, v) -> b.returnLastFrame(bool("returnLastFrame", v)));
        FIELDS.put("serviceTier", (b, v) -> b.serviceTier(string("serviceTier", v)));
        FIELDS.put("executionExpiresAfter", (b, v) -> b.executionExpiresAfter(integer("executionExpiresAfter", v)));
        FIELDS.put("priority", (b, v) -> b.priority(integer("priority", v)));
        FIELDS.put("safetyIdentifier", (b, v) -> b.safetyIdentifier(string("safetyIdentifier", v)));
        FIELDS.put("tools", (b, v) -> b.tools(strings("tools", v)));
        FIELDS.put("draft", (b, v) -> b.draft(bool("draft", v)));
        FIELDS.put("outputFormat", (b, v) -> b.outputFormat(string("outputFormat", v)));
        FIELDS.put("taskType", (b, v) -> b.taskType(string("taskType", v)));
        FIELDS.put("callbackUrl", (b, v) -> b.callbackUrl(string("callbackUrl", v)));
        FIELDS.put("extra", VideoRequestReader::extra);
    }

    /** Keys that are read as images rather than through {@link #FIELDS}. */
    private static final Set<String> IMAGE_KEYS = Set.of("images", "firstFrame", "lastFrame", "referenceImages");

    private VideoRequestReader() {
    }

    /** The scalar and list field names this reader accepts, in a stable order (images excluded). */
    public static Set<String> fieldNames() {
        return FIELDS.keySet();
    }

    public static VideoRequest fromJson(String json) {
        Map<String, Object> map;
        try {
            map = MAPPER.readValue(json, new TypeReference<Map<String, Object>>() {
            });
        } catch (JsonProcessingException e) {
            if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Trailing token")) {
                throw new SeedanceValidationException("body", "must be one JSON object of request fields, with"
                        + " nothing after its closing brace");
            }
            throw new SeedanceValidationException("body", "must be a JSON object of request fields: "
                    + e.getOriginalMessage());
        }
        if (map == null) {
            throw new SeedanceValidationException("body", "must be a JSON object of request fields, not null");
        }
        return fromMap(map);
    }

    public static VideoRequest fromMap(Map<String, ?> map) {
        List<SeedanceValidationException.Violation> unknown = new ArrayList<>();
        map.keySet().stream()
                .filter(k -> !FIELDS.containsKey(k) && !IMAGE_KEYS.contains(k))
                .forEach(k -> unknown.add(new SeedanceValidationException.Violation(k,
                        "is not a request field (known: " + String.join(", ", FIELDS.keySet())
                                + ", images, firstFrame, lastFrame, referenceImages); "
                                + "put provider-specific fields under extra")));
        if (!unknown.isEmpty()) {
            throw new SeedanceValidationException(unknown);
        }
        VideoRequest.Builder b = VideoRequest.builder();
        map.forEach((key, value) -> {
            BiConsumer<VideoRequest.Builder, Object> setter = FIELDS.get(key);
            if (setter != null && value != null) {
                setter.accept(b, value);
            }
        });
        b.images(images(map));
        return b.build();
    }

    private static List<ImageInput> images(Map<String, ?> map) {
        List<ImageInput> images = new ArrayList<>();
        Object list = map.get("images");
        if (list != null) {
            Collection<?> items = list instanceof Collection<?> c ? c : List.of(list);
            boolean onlyMedia = items.size() == 1 && map.get("videos") == null && map.get("audios") == null;
            // a lone image without a role is what image-to-video means; several are references
            ImageRole defaultRole = onlyMedia ? ImageRole.FIRST_FRAME : ImageRole.REFERENCE;
            for (Object item : items) {
                images.add(image(item, defaultRole));
            }
        }
        if (map.get("firstFrame") != null) {
            images.add(ImageInput.firstFrame(string("firstFrame", map.get("firstFrame"))));
        }
        if (map.get("lastFrame") != null) {
            images.add(ImageInput.lastFrame(string("lastFrame", map.get("lastFrame"))));
        }
        if (map.get("referenceImages") != null) {
            strings("referenceImages", map.get("referenceImages")).forEach(u -> images.add(ImageInput.reference(u)));
        }
        return images;
    }

    private static ImageInput image(Object item, ImageRole defaultRole) {
        if (item instanceof Map<?, ?> m) {
            Object url = m.get("url");
            if (url == null) {
                throw new SeedanceValidationException("images", "each image needs a url");
            }
            Object role = m.get("role");
            try {
                return new ImageInput(url.toString(), role == null ? defaultRole : ImageRole.parse(role.toString()));
            } catch (IllegalArgumentException e) {
                throw new SeedanceValidationException("images", e.getMessage());
            }
        }
        if (item instanceof String s) {
            return new ImageInput(s, defaultRole);
        }
        throw new SeedanceValidationException("images", "each image is a URL or an object {url, role}");
    }

    @SuppressWarnings("unchecked")
    private static void extra(VideoRequest.Builder b, Object v) {
        if (!(v instanceof Map)) {
            throw new SeedanceValidationException("extra", "must be an object of provider wire fields");
        }
        ((Map<String, Object>) v).forEach(b::extra);
    }

    private static String string(String field, Object v) {
        if (v instanceof String || v instanceof Number || v instanceof Boolean) {
            return v.toString();
        }
        throw new SeedanceValidationException(field, "must be text");
    }

    /** Whole or fractional seconds: Ace Data Cloud takes a fraction, the validator tells the others' users. */
    private static BigDecimal seconds(Object v) {
        try {
            if (v instanceof Number || v instanceof String) {
                return new BigDecimal(v.toString().trim());
            }
        } catch (NumberFormatException e) {
            // fall through to the error below
        }
        throw new SeedanceValidationException("duration", "must be a number of seconds, got '" + v + "'");
    }

    private static Integer integer(String field, Object v) {
        Long l = longValue(field, v);
        if (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) {
            throw new SeedanceValidationException(field, "is out of range: " + l);
        }
        return l.intValue();
    }

    private static Long longValue(String field, Object v) {
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

    private static Boolean bool(String field, Object v) {
        if (v instanceof Boolean bool) {
            return bool;
        }
        if (v instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
            return Boolean.valueOf(s);
        }
        throw new SeedanceValidationException(field, "must be true or false, got '" + v + "'");
    }

    /** A list, or comma-separated text (as URI options and headers carry it). */
    private static List<String> strings(String field, Object v) {
        if (v instanceof Collection<?> c) {
            List<String> out = new ArrayList<>();
            for (Object o : c) {
                out.add(o instanceof Map<?, ?> m && m.get("url") != null ? m.get("url").toString() : string(field, o));
            }
            return out;
        }
        if (v instanceof String s) {
            return Arrays.stream(s.split(",")).map(String::trim).filter(x -> !x.isEmpty()).toList();
        }
        throw new SeedanceValidationException(field, "must be a list");
    }
}
