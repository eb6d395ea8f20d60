package io.camelseedance.simulator.apimart;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelseedance.simulator.JsonFields;
import io.camelseedance.simulator.gateway.GatewayError;
import io.camelseedance.simulator.gateway.GatewayFields;
import io.camelseedance.simulator.gateway.GatewayRequest;
import java.util.List;
import java.util.Set;

/**
 * Reads an APIMart create body as strictly as APIMart documents it. Images come one of two ways: {@code image_urls},
 * read as the first (and last) frame when alone and as reference images beside reference videos or audios, or
 * {@code image_with_roles}, where each image names its role.
 */
final class ApiMartRequestParser {

    static final String STANDARD_MODEL = "doubao-seedance-2.0";
    static final String FAST_MODEL = "doubao-seedance-2.0-fast";
    private static final Set<String> FIELDS = Set.of("model", "prompt", "duration", "size", "resolution",
            "generate_audio", "return_last_frame", "image_urls", "image_with_roles", "video_urls", "audio_urls",
            "tools");
    private static final List<String> RESOLUTIONS = List.of("480p", "720p", "1080p");
    private static final String FULL_HD = "1080p";

    private ApiMartRequestParser() {
    }

    static GatewayRequest parse(String body) {
        GatewayFields gateway = GatewayFields.parse(body, FIELDS);
        JsonFields fields = gateway.fields();
        String model = gateway.required("model");
        if (!model.equals(STANDARD_MODEL) && !model.equals(FAST_MODEL)) {
            throw GatewayError.invalidParameter("model",
                    "unknown model " + model + "; use " + STANDARD_MODEL + " or " + FAST_MODEL);
        }
        String prompt = fields.text("prompt");
        int duration = gateway.duration();
        gateway.ratio("size");
        String resolution = gateway.oneOf("resolution", RESOLUTIONS, null);
        if (FULL_HD.equals(resolution) && model.equals(FAST_MODEL)) {
            throw GatewayError.invalidParameter("resolution", FULL_HD + " is not available on " + FAST_MODEL);
        }
        fields.bool("generate_audio");
        Boolean lastFrame = fields.bool("return_last_frame");
        checkTools(fields.array("tools"));
        boolean media = checkMedia(gateway);
        if (!media && (prompt == null || prompt.isBlank())) {
            throw GatewayError.missingParameter("prompt");
        }
        return new GatewayRequest(model, prompt == null ? "" : prompt, duration, Boolean.TRUE.equals(lastFrame),
                null);
    }

    /** Checks the media and tells whether there is any. */
    private static boolean checkMedia(GatewayFields gateway) {
        List<String> videos = gateway.urls("video_urls", GatewayFields.MAX_VIDEOS_OR_AUDIOS);
        List<String> audios = gateway.urls("audio_urls", GatewayFields.MAX_VIDEOS_OR_AUDIOS);
        boolean referenceMedia = !videos.isEmpty() || !audios.isEmpty();
        List<String> images = gateway.urls("image_urls", GatewayFields.MAX_REFERENCE_IMAGES);
        JsonNode withRoles = gateway.fields().array("image_with_roles");
        if (!images.isEmpty() && withRoles != null) {
            throw GatewayError.invalidParameter("image_with_roles", "cannot be combined with image_urls");
        }
        if (!referenceMedia && images.size() > GatewayFields.MAX_FRAMES) {
            throw GatewayError.invalidParameter("image_urls", "without reference videos or audios takes 1 image"
                    + " (first frame) or 2 (first and last frame); use image_with_roles for reference images");
        }
        int imageCount = withRoles == null ? images.size() : ImageRoles.check(withRoles, referenceMedia);
        GatewayFields.requireAudioCompany(imageCount, videos.size(), audios.size());
        return imageCount > 0 || referenceMedia;
    }

    private static void checkTools(JsonNode tools) {
        if (tools == null) {
            return;
        }
        for (JsonNode tool : tools) {
            boolean webSearch = tool.isObject() && tool.size() == 1
                    && "web_search".equals(tool.path("type").textValue());
            if (!webSearch) {
                throw GatewayError.invalidParameter("tools", "the only tool is {\"type\":\"web_search\"}");
            }
        }
    }
}
