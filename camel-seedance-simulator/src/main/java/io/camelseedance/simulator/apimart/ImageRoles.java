package io.camelseedance.simulator.apimart;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelseedance.simulator.JsonFields;
import io.camelseedance.simulator.gateway.GatewayError;
import io.camelseedance.simulator.gateway.GatewayFields;
import java.util.Set;

/**
 * Checks APIMart's {@code image_with_roles}: {@code [{"url", "role"}]} with the roles of Seedance 2.0's two
 * scenarios, a first (and last) frame, or reference images, never both.
 */
final class ImageRoles {

    private static final String PARAM = "image_with_roles";
    private static final String FIRST = "first_frame";
    private static final String LAST = "last_frame";
    private static final String REFERENCE = "reference_image";
    private static final Set<String> KEYS = Set.of("url", "role");
    private static final int MAX_REFERENCES = 9;

    private ImageRoles() {
    }

    /**
     * @param referenceMedia whether the request has reference videos or audios, which frames cannot go with
     * @return how many images there are
     */
    static int check(JsonNode images, boolean referenceMedia) {
        int first = 0;
        int last = 0;
        int references = 0;
        for (JsonNode image : images) {
            if (!image.isObject()) {
                throw invalid("items must be objects {\"url\", \"role\"}");
            }
            JsonFields.rejectUnknown(image, KEYS, key -> invalid("unknown key " + key));
            JsonFields fields = new JsonFields(image, (name, expected) -> invalid(name + " must be " + expected));
            String url = fields.text("url");
            if (url == null || !GatewayFields.isHttpUrl(url)) {
                throw invalid("url must be a public http(s) URL (no base64)");
            }
            String role = fields.text("role");
            if (FIRST.equals(role)) {
                first++;
            } else if (LAST.equals(role)) {
                last++;
            } else if (REFERENCE.equals(role)) {
                references++;
            } else {
                throw invalid("role must be " + FIRST + ", " + LAST + " or " + REFERENCE);
            }
        }
        if (first > 1 || last > 1 || references > MAX_REFERENCES) {
            throw invalid("takes at most 1 first frame, 1 last frame and " + MAX_REFERENCES + " reference images");
        }
        if (last > 0 && first == 0) {
            throw invalid("a last frame needs a first frame");
        }
        if (first + last > 0 && (references > 0 || referenceMedia)) {
            throw invalid("frames cannot be combined with reference images, videos or audios");
        }
        return first + last + references;
    }

    private static GatewayError invalid(String problem) {
        return GatewayError.invalidParameter(PARAM, problem);
    }
}
