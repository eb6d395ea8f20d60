package io.camelseedance.simulator.evolink;

import java.net.URI;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.camelseedance.simulator.Json;
import io.camelseedance.simulator.gateway.ArkBody;
import io.camelseedance.simulator.gateway.GatewayFields;
import io.camelseedance.simulator.gateway.GatewayRefusal;
import io.camelseedance.simulator.gateway.GatewayRequest;

/**
 * Reads an EvoLink create body as strictly as EvoLink documents it (known fields only, each of its type and range,
 * and the media each model's mode takes: text-to-video none, image-to-video one or two frames, reference-to-video
 * up to 9 images, 3 videos and 3 audios, never audio alone) and writes the Ark body EvoLink forwards for it.
 */
final class EvoLinkRequestParser {

    private static final Set<String> FIELDS = Set.of("model", "prompt", "image_urls", "video_urls", "audio_urls",
            "duration", "quality", "aspect_ratio", "generate_audio", "model_params", "callback_url");
    private static final List<String> QUALITIES = List.of("480p", "720p");
    private static final Set<String> LOOPBACK_HOSTS = Set.of("127.0.0.1", "localhost", "[::1]");
    private static final int MAX_CALLBACK_URL = 2048;

    private EvoLinkRequestParser() {
    }

    static GatewayRequest parse(String body) {
        GatewayFields fields = GatewayFields.parse(body, FIELDS);
        String modelId = fields.required("model");
        EvoLinkModel model = EvoLinkModel.byId(modelId).orElseThrow(() -> GatewayRefusal.invalidParameter("model",
                "unknown model " + modelId + "; EvoLink's Seedance 2.0 models are named per mode, e.g."
                        + " seedance-2.0-text-to-video"));
        String prompt = fields.text("prompt");
        int duration = fields.duration();
        String quality = fields.oneOf("quality", QUALITIES);
        String ratio = fields.ratio("aspect_ratio");
        Boolean audio = fields.bool("generate_audio");
        boolean webSearch = webSearch(model, fields.object("model_params"));
        String callbackUrl = callbackUrl(fields.text("callback_url"));
        ArkBody ark = media(model, fields, prompt, new ArkBody(model.arkModel(), prompt));
        ark.duration(duration).put("resolution", quality).put("ratio", ratio).put("generate_audio", audio);
        if (webSearch) {
            ark.webSearch();
        }
        return new GatewayRequest(modelId, duration, callbackUrl, ark.build());
    }

    private static ArkBody media(EvoLinkModel model, GatewayFields fields, String prompt, ArkBody ark) {
        List<String> images = fields.urls("image_urls", GatewayFields.MAX_REFERENCE_IMAGES);
        List<String> videos = fields.urls("video_urls", GatewayFields.MAX_VIDEOS_OR_AUDIOS);
        List<String> audios = fields.urls("audio_urls", GatewayFields.MAX_VIDEOS_OR_AUDIOS);
        refuse(model.mode() != EvoLinkModel.Mode.REFERENCE && !videos.isEmpty(), "video_urls", model);
        refuse(model.mode() != EvoLinkModel.Mode.REFERENCE && !audios.isEmpty(), "audio_urls", model);
        switch (model.mode()) {
            case TEXT -> {
                refuse(!images.isEmpty(), "image_urls", model);
                if (prompt == null || prompt.isBlank()) {
                    throw GatewayRefusal.invalidParameter("prompt", "is required by " + model.id());
                }
            }
            case IMAGE -> {
                if (images.isEmpty() || images.size() > GatewayFields.MAX_FRAMES) {
                    throw GatewayRefusal.invalidParameter("image_urls",
                            model.id() + " takes 1 image (first frame) or 2 (first and last frame)");
                }
                // the first image is the first frame, a second one the last
                ark.image(images.get(0), "first_frame");
                if (images.size() > 1) {
                    ark.image(images.get(1), "last_frame");
                }
            }
            case REFERENCE -> {
                GatewayFields.requireAudioCompany(images.size(), videos.size(), audios.size());
                images.forEach(url -> ark.image(url, "reference_image"));
                videos.forEach(ark::video);
                audios.forEach(ark::audio);
            }
        }
        return ark;
    }

    /** {@code model_params} holds only {@code web_search}, for text-to-video. */
    private static boolean webSearch(EvoLinkModel model, JsonNode params) {
        if (params == null) {
            return false;
        }
        refuse(model.mode() != EvoLinkModel.Mode.TEXT, "model_params", model);
        Json.unknownField(params, Set.of("web_search")).ifPresent(name -> {
            throw GatewayRefusal.invalidParameter("model_params", "unknown parameter " + name);
        });
        JsonNode webSearch = Json.present(params, "web_search");
        if (webSearch != null && !webSearch.isBoolean()) {
            throw GatewayRefusal.invalidParameter("model_params", "web_search must be a boolean");
        }
        return webSearch != null && webSearch.asBoolean();
    }

    private static void refuse(boolean present, String param, EvoLinkModel model) {
        if (present) {
            throw GatewayRefusal.invalidParameter(param, "not supported by " + model.id());
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
            throw GatewayRefusal.invalidParameter("callback_url",
                    "must be an HTTPS URL of at most " + MAX_CALLBACK_URL + " characters");
        }
        URI uri = URI.create(value);
        if (!"https".equalsIgnoreCase(uri.getScheme()) && !LOOPBACK_HOSTS.contains(uri.getHost())) {
            throw GatewayRefusal.invalidParameter("callback_url", "must use HTTPS");
        }
        return value;
    }
}
