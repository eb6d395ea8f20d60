package io.camelseedance.simulator.evolink;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelseedance.simulator.JsonFields;
import io.camelseedance.simulator.gateway.GatewayError;
import io.camelseedance.simulator.gateway.GatewayFields;
import io.camelseedance.simulator.gateway.GatewayRequest;
import java.net.URI;
import java.util.List;
import java.util.Set;

/**
 * Reads an EvoLink create body as strictly as EvoLink documents it: known fields only, each of its type and range,
 * and the media each model's mode takes (text-to-video none, image-to-video one or two frames, reference-to-video
 * up to 9 images, 3 videos and 3 audios, never audio alone).
 */
final class EvoLinkRequestParser {

    private static final Set<String> FIELDS = Set.of("model", "prompt", "image_urls", "video_urls", "audio_urls",
            "duration", "quality", "aspect_ratio", "generate_audio", "model_params", "callback_url");
    private static final List<String> QUALITIES = List.of("480p", "720p");
    private static final int MAX_CALLBACK_URL = 2048;

    private EvoLinkRequestParser() {
    }

    static GatewayRequest parse(String body) {
        GatewayFields gateway = GatewayFields.parse(body, FIELDS);
        JsonFields fields = gateway.fields();
        String modelId = gateway.required("model");
        EvoLinkModel model = EvoLinkModel.byId(modelId).orElseThrow(() -> GatewayError.invalidParameter("model",
                "unknown model " + modelId + "; EvoLink's Seedance 2.0 models are named per mode, e.g."
                        + " seedance-2.0-text-to-video"));
        String prompt = fields.text("prompt");
        int duration = gateway.duration();
        gateway.oneOf("quality", QUALITIES, null);
        gateway.ratio("aspect_ratio");
        fields.bool("generate_audio");
        checkMedia(model, gateway, prompt);
        checkModelParams(model, fields.object("model_params"));
        return new GatewayRequest(modelId, prompt == null ? "" : prompt, duration, false,
                callbackUrl(fields.text("callback_url")));
    }

    private static void checkMedia(EvoLinkModel model, GatewayFields gateway, String prompt) {
        List<String> images = gateway.urls("image_urls", GatewayFields.MAX_REFERENCE_IMAGES);
        List<String> videos = gateway.urls("video_urls", GatewayFields.MAX_VIDEOS_OR_AUDIOS);
        List<String> audios = gateway.urls("audio_urls", GatewayFields.MAX_VIDEOS_OR_AUDIOS);
        switch (model.mode()) {
            case TEXT -> {
                refuse(!images.isEmpty(), "image_urls", model);
                if (prompt == null || prompt.isBlank()) {
                    throw GatewayError.missingParameter("prompt");
                }
            }
            case IMAGE -> {
                if (images.isEmpty() || images.size() > GatewayFields.MAX_FRAMES) {
                    throw GatewayError.invalidParameter("image_urls",
                            model.id() + " takes 1 image (first frame) or 2 (first and last frame)");
                }
            }
            case REFERENCE -> GatewayFields.requireAudioCompany(images.size(), videos.size(), audios.size());
        }
        refuse(model.mode() != EvoLinkModel.Mode.REFERENCE && !videos.isEmpty(), "video_urls", model);
        refuse(model.mode() != EvoLinkModel.Mode.REFERENCE && !audios.isEmpty(), "audio_urls", model);
    }

    private static void checkModelParams(EvoLinkModel model, JsonNode params) {
        if (params == null) {
            return;
        }
        refuse(model.mode() != EvoLinkModel.Mode.TEXT, "model_params", model);
        JsonFields.rejectUnknown(params, Set.of("web_search"),
                name -> GatewayError.invalidParameter("model_params", "unknown parameter " + name));
        new JsonFields(params, (name, expected) -> GatewayError.invalidParameter("model_params",
                name + " must be " + expected)).bool("web_search");
    }

    private static void refuse(boolean present, String param, EvoLinkModel model) {
        if (present) {
            throw GatewayError.invalidParameter(param, "not supported by " + model.id());
        }
    }

    /**
     * EvoLink calls back over HTTPS only. Plain http is accepted for loopback receivers, so that tests on one machine
     * can receive callbacks without a certificate.
     */
    private static String callbackUrl(String value) {
        if (value == null) {
            return null;
        }
        if (value.length() > MAX_CALLBACK_URL || !GatewayFields.isHttpUrl(value)) {
            throw GatewayError.invalidParameter("callback_url",
                    "must be an HTTPS URL of at most " + MAX_CALLBACK_URL + " characters");
        }
        URI uri = URI.create(value);
        boolean loopback = Set.of("127.0.0.1", "localhost", "[::1]").contains(uri.getHost());
        if (!"https".equalsIgnoreCase(uri.getScheme()) && !loopback) {
            throw GatewayError.invalidParameter("callback_url", "must use HTTPS");
        }
        return value;
    }
}
