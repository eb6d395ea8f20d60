package io.camelseedance.simulator.apimart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.camelseedance.simulator.gateway.ArkBody;
import io.camelseedance.simulator.gateway.GatewayFields;
import io.camelseedance.simulator.gateway.GatewayRefusal;
import io.camelseedance.simulator.gateway.GatewayRequest;

/**
 * Reads an APIMart create body as strictly as APIMart documents it, and writes the Ark body APIMart forwards for
 * it. Images come one of two ways: {@code image_urls}, read as the first (and last) frame when alone and as
 * reference images beside reference videos or audios, or {@code image_with_roles}, where each image names its role.
 */
final class ApiMartRequestParser {

    static final String STANDARD_MODEL = "doubao-seedance-2.0";
    static final String FAST_MODEL = "doubao-seedance-2.0-fast";
    /** The Volcengine Ark models APIMart's run on. */
    private static final Map<String, String> ARK_MODELS = Map.of(
            STANDARD_MODEL, "doubao-seedance-2-0-260128", FAST_MODEL, "doubao-seedance-2-0-fast-260128");
    private static final Set<String> FIELDS = Set.of("model", "prompt", "duration", "size", "resolution",
            "generate_audio", "return_last_frame", "image_urls", "image_with_roles", "video_urls", "audio_urls",
            "tools");
    private static final List<String> RESOLUTIONS = List.of("480p", "720p", "1080p");
    private static final String FULL_HD = "1080p";
    private static final List<String> FRAME_ROLES = List.of("first_frame", "last_frame");

    private ApiMartRequestParser() {
    }

    static GatewayRequest parse(String body) {
        GatewayFields fields = GatewayFields.parse(body, FIELDS);
        String model = fields.required("model");
        if (!ARK_MODELS.containsKey(model)) {
            throw GatewayRefusal.invalidParameter("model",
                    "unknown model " + model + "; use " + STANDARD_MODEL + " or " + FAST_MODEL);
        }
        String prompt = fields.text("prompt");
        int duration = fields.duration();
        String ratio = fields.ratio("size");
        String resolution = fields.oneOf("resolution", RESOLUTIONS);
        if (FULL_HD.equals(resolution) && model.equals(FAST_MODEL)) {
            throw GatewayRefusal.invalidParameter("resolution", FULL_HD + " is not available on " + FAST_MODEL);
        }
        Boolean audio = fields.bool("generate_audio");
        Boolean lastFrame = fields.bool("return_last_frame");
        JsonNode tools = fields.array("tools");
        ArkBody ark = new ArkBody(ARK_MODELS.get(model), prompt);
        if (!media(fields, ark) && (prompt == null || prompt.isBlank())) {
            throw GatewayRefusal.invalidParameter("prompt", "is required without images, videos or audios");
        }
        ark.duration(duration).put("resolution", resolution).put("ratio", ratio).put("generate_audio", audio)
                .put("return_last_frame", lastFrame);
        // Ark judges the tools: APIMart passes them on as they are
        ark.put("tools", tools);
        return new GatewayRequest(model, duration, null, ark.build());
    }

    /** Checks the media, adds them to the Ark body with their roles, and tells whether there are any. */
    private static boolean media(GatewayFields fields, ArkBody ark) {
        List<String> videos = fields.urls("video_urls", GatewayFields.MAX_VIDEOS_OR_AUDIOS);
        List<String> audios = fields.urls("audio_urls", GatewayFields.MAX_VIDEOS_OR_AUDIOS);
        boolean referenceMedia = !videos.isEmpty() || !audios.isEmpty();
        List<String> urls = fields.urls("image_urls", GatewayFields.MAX_REFERENCE_IMAGES);
        JsonNode withRoles = fields.array("image_with_roles");
        if (!urls.isEmpty() && withRoles != null) {
            throw GatewayRefusal.invalidParameter("image_with_roles", "cannot be combined with image_urls");
        }
        if (!referenceMedia && urls.size() > GatewayFields.MAX_FRAMES) {
            throw GatewayRefusal.invalidParameter("image_urls", "without reference videos or audios takes 1 image"
                    + " (first frame) or 2 (first and last frame); use image_with_roles for reference images");
        }
        List<ImageRoles.Image> images = withRoles == null
                ? withImpliedRoles(urls, referenceMedia)
                : ImageRoles.read(withRoles, referenceMedia);
        GatewayFields.requireAudioCompany(images.size(), videos.size(), audios.size());
        images.forEach(image -> ark.image(image.url(), image.role()));
        videos.forEach(ark::video);
        audios.forEach(ark::audio);
        return !images.isEmpty() || referenceMedia;
    }

    /** Plain image URLs are frames, first then last, unless reference media make them references. */
    private static List<ImageRoles.Image> withImpliedRoles(List<String> urls, boolean referenceMedia) {
        List<ImageRoles.Image> images = new ArrayList<>();
        for (int i = 0; i < urls.size(); i++) {
            images.add(new ImageRoles.Image(urls.get(i), referenceMedia ? ImageRoles.REFERENCE : FRAME_ROLES.get(i)));
        }
        return images;
    }
}
