package io.camelseedance.simulator.apimart;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.camelseedance.simulator.Json;
import io.camelseedance.simulator.gateway.GatewayFields;
import io.camelseedance.simulator.gateway.GatewayRefusal;

/**
 * Reads APIMart's {@code image_with_roles}: {@code [{"url", "role"}]} with the roles of Seedance 2.0's two
 * scenarios, a first (and last) frame, or reference images, never both.
 */
final class ImageRoles {

    static final String FIRST = "first_frame";
    static final String LAST = "last_frame";
    static final String REFERENCE = "reference_image";

    /** An image and its role. */
    record Image(String url, String role) {
    }

    private static final String PARAM = "image_with_roles";
    private static final Set<String> KEYS = Set.of("url", "role");
    private static final Set<String> ROLES = Set.of(FIRST, LAST, REFERENCE);
    private static final int MAX_REFERENCES = 9;

    private ImageRoles() {
    }

    /**
     * @param referenceMedia whether the request has reference videos or audios, which frames cannot go with
     */
    static List<Image> read(JsonNode items, boolean referenceMedia) {
        List<Image> images = new ArrayList<>();
        for (JsonNode item : items) {
            if (!item.isObject()) {
                throw invalid("items must be objects {\"url\", \"role\"}");
            }
            Json.unknownField(item, KEYS).ifPresent(key -> {
                throw invalid("unknown key " + key);
            });
            JsonNode url = Json.present(item, "url");
            if (url == null || !url.isTextual() || !GatewayFields.isHttpUrl(url.asText())) {
                throw invalid("url must be a public http(s) URL (no base64)");
            }
            JsonNode role = Json.present(item, "role");
            if (role == null || !ROLES.contains(role.asText())) {
                throw invalid("role must be " + FIRST + ", " + LAST + " or " + REFERENCE);
            }
            images.add(new Image(url.asText(), role.asText()));
        }
        long first = count(images, FIRST);
        long last = count(images, LAST);
        long references = count(images, REFERENCE);
        if (first > 1 || last > 1 || references > MAX_REFERENCES) {
            throw invalid("takes at most 1 first frame, 1 last frame and " + MAX_REFERENCES + " reference images");
        }
        if (last > 0 && first == 0) {
            throw invalid("a last frame needs a first frame");
        }
        if (first + last > 0 && (references > 0 || referenceMedia)) {
            throw invalid("frames cannot be combined with reference images, videos or audios");
        }
        return List.copyOf(images);
    }

    private static long count(List<Image> images, String role) {
        return images.stream().filter(image -> image.role().equals(role)).count();
    }

    private static GatewayRefusal invalid(String problem) {
        return GatewayRefusal.invalidParameter(PARAM, problem);
    }
}
