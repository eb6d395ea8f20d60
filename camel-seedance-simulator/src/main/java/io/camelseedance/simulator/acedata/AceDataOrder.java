package io.camelseedance.simulator.acedata;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.camelseedance.simulator.Json;

/**
 * A create request to Ace Data Cloud, checked for what Ace adds to Ark's body and turned into the Ark body Ace
 * forwards. Ace documents only these fields, and content items of text or an image; the rest of the rules are
 * Ark's, applied when the body is forwarded.
 *
 * @param request     the body as sent, echoed by task queries
 * @param arkBody     what Ace forwards to Ark: without {@code async} and {@code callback_url}, with
 *                    {@code camera_fixed} spelled Ark's way
 * @param callbackUrl where to POST the result, or {@code null}
 * @param blocking    neither {@code async} nor a callback URL: the create answers when the video is done
 * @param prompt      the text item, or {@code null}
 */
record AceDataOrder(JsonNode request, ObjectNode arkBody, String callbackUrl, boolean blocking, String prompt) {

    private static final Set<String> FIELDS = Set.of("seed", "async", "model", "ratio", "frames", "content",
            "duration", "watermark", "resolution", "camerafixed", "callback_url", "service_tier", "generate_audio",
            "return_last_frame", "execution_expires_after");
    private static final int FRAMES_PER_SECOND = 24;
    private static final int FRAMES_BASE = 25;
    private static final int FRAMES_STEP = 4;
    private static final Set<String> CONTENT_TYPES = Set.of("text", "image_url");
    /** Seed 000: "doubao-seedance-1-5-pro-251215 and doubao-seedance-2-0 series support this parameter". */
    private static final Pattern AUDIO_MODELS = Pattern.compile("doubao-seedance-(1-5-pro-251215|2-0.*)");

    static AceDataOrder parse(String body) {
        ObjectNode root = AceDataApiException.requireObject(body, FIELDS);
        JsonNode async = Json.present(root, "async");
        if (async != null && !async.isBoolean()) {
            throw AceDataApiException.badRequest("The parameter `async` must be a boolean.");
        }
        String callbackUrl = callbackUrl(Json.present(root, "callback_url"));
        String prompt = prompt(Json.present(root, "content"));
        if (Json.present(root, "frames") != null && Json.present(root, "duration") != null) {
            throw AceDataApiException.badRequest("The parameters `frames` and `duration` are mutually exclusive"
                    + " and cannot be specified at the same time.");
        }
        ObjectNode ark = root.deepCopy();
        fractionalDurationAsFrames(ark);
        // "other models will ignore this parameter": Ace does not pass it on for Ark to refuse
        if (!AUDIO_MODELS.matcher(root.path("model").asText()).matches()) {
            ark.remove("generate_audio");
        }
        ark.remove("async");
        ark.remove("callback_url");
        JsonNode cameraFixed = ark.remove("camerafixed");
        if (cameraFixed != null) {
            ark.set("camera_fixed", cameraFixed);
        }
        boolean blocking = (async == null || !async.asBoolean()) && callbackUrl == null;
        return new AceDataOrder(root, ark, callbackUrl, blocking, prompt);
    }

    /**
     * Seed 000 types {@code duration} as a number; Ark takes whole seconds, and reaches fractional seconds through
     * {@code frames} (seed 001: "frames = duration x 24", rounded to the closest 25 + 4n). A fraction is forwarded
     * that way.
     */
    private static void fractionalDurationAsFrames(ObjectNode ark) {
        JsonNode duration = Json.present(ark, "duration");
        if (duration == null) {
            return;
        }
        if (!duration.isNumber()) {
            throw AceDataApiException.badRequest("The parameter `duration` must be a number.");
        }
        double seconds = duration.asDouble();
        if (seconds != Math.rint(seconds)) {
            long steps = Math.max(1, Math.round((seconds * FRAMES_PER_SECOND - FRAMES_BASE) / FRAMES_STEP));
            ark.remove("duration");
            ark.put("frames", FRAMES_BASE + FRAMES_STEP * steps);
        }
    }

    private static String callbackUrl(JsonNode value) {
        if (value == null) {
            return null;
        }
        try {
            URI uri = new URI(value.asText());
            if (value.isTextual() && uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
                return value.asText();
            }
        } catch (URISyntaxException e) {
            // refused below like any other unusable value
        }
        throw AceDataApiException.badRequest("The parameter `callback_url` must be an http(s) URL.");
    }

    /** Ace takes text and images only; Ark checks the items themselves when the body is forwarded. */
    private static String prompt(JsonNode content) {
        if (content == null || !content.isArray()) {
            return null;
        }
        String prompt = null;
        for (JsonNode item : content) {
            String type = item.path("type").asText();
            if (!CONTENT_TYPES.contains(type)) {
                throw AceDataApiException.badRequest("Each content item must contain either `text` or `image_url`;"
                        + " got type `" + type + "`.");
            }
            if (type.equals("text")) {
                prompt = item.path("text").asText();
            }
        }
        return prompt;
    }
}
