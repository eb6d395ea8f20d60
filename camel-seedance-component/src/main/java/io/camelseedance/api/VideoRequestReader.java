package io.camelseedance.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /** The fields read from one key each, by name; the images are read from several keys by {@link #images}. */
    private static final Map<String, NeutralField> FIELDS = new LinkedHashMap<>();

    static {
        for (NeutralField field : NeutralField.values()) {
            if (field.readsAlone()) {
                FIELDS.put(field.fieldName(), field);
            }
        }
    }

    /** Every key a request map may have, in the order of {@link NeutralField}. */
    private static final List<String> KEYS = Arrays.stream(NeutralField.values())
            .flatMap(f -> f.readerNames().stream()).toList();

    private VideoRequestReader() {
    }

    /** Every key a request map or JSON document may have, in a stable order. */
    public static List<String> keys() {
        return KEYS;
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
                .filter(k -> !KEYS.contains(k))
                .forEach(k -> unknown.add(new SeedanceValidationException.Violation(k,
                        "is not a request field (known: " + String.join(", ", KEYS) + "); "
                                + "put provider-specific fields under extra")));
        if (!unknown.isEmpty()) {
            throw new SeedanceValidationException(unknown);
        }
        VideoRequest.Builder b = VideoRequest.builder();
        map.forEach((key, value) -> {
            NeutralField field = FIELDS.get(key);
            if (field != null && value != null) {
                field.read(b, value);
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
            images.add(ImageInput.firstFrame(RequestValues.text("firstFrame", map.get("firstFrame"))));
        }
        if (map.get("lastFrame") != null) {
            images.add(ImageInput.lastFrame(RequestValues.text("lastFrame", map.get("lastFrame"))));
        }
        if (map.get("referenceImages") != null) {
            RequestValues.texts("referenceImages", map.get("referenceImages"))
                    .forEach(u -> images.add(ImageInput.reference(u)));
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
}
