package io.camelseedance.simulator.unified;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.camelseedance.simulator.Json;

/**
 * A create request of the relay format, checked against what the format documents, and the Ark body the relay
 * forwards for it: the same model, the prompt (with its {@code [sim:…]} triggers, cut to 800 characters as the
 * relay cuts it), the images with the roles their order gives them, resolution, ratio, duration, seed and whether to
 * return the last frame. Ark then applies the model's own rules.
 * <p>
 * The {@code images} list carries no roles, so the relay reads them from the model and the count (seed 002: Lite
 * i2v takes "first frame / start-end frames / reference image"): one image is the first frame, two are the first
 * and last frames, three or four are reference images. The text-to-video Lite model has no use for images, and the
 * format's own example still sends it one: the relay leaves them out.
 */
final class UnifiedOrder {

    static final List<String> MODELS = List.of("doubao-seedance-1-0-pro-250528",
            "doubao-seedance-1-0-lite-t2v-250428", "doubao-seedance-1-0-lite-i2v-250428");
    static final int MAX_PROMPT = 800;
    private static final String TEXT_TO_VIDEO_MODEL = "doubao-seedance-1-0-lite-t2v-250428";
    private static final String LITE_IMAGE_TO_VIDEO_MODEL = "doubao-seedance-1-0-lite-i2v-250428";
    /** The relay's ratios that Ark spells otherwise: keep the input image's ratio is Ark's adaptive. */
    private static final Set<String> IMAGE_RATIOS = Set.of("keep_ratio", "adaptive");
    private static final String PORTRAIT_LEGACY_RATIO = "9:21";
    private static final Set<String> FIELDS = Set.of("prompt", "model", "images", "duration", "resolution", "ratio",
            "watermark", "seed", "camerafixed", "return_last_frame", "generate_audio");
    private static final Set<String> RESOLUTIONS = Set.of("480p", "720p", "1080p");
    private static final Set<String> RATIOS = Set.of("21:9", "16:9", "4:3", "1:1", "3:4", "9:16", "9:21",
            "keep_ratio", "adaptive");
    private static final Set<String> BOOLEANS = Set.of("watermark", "camerafixed", "return_last_frame",
            "generate_audio");
    private static final Pattern IMAGE = Pattern.compile("(?i)https?://\\S+|data:image/[a-z0-9.+-]+;base64,\\S+");
    private static final long MAX_SEED = 2_147_483_647L;

    private UnifiedOrder() {
    }

    /** The Ark body to forward for a valid relay body. */
    static ObjectNode parse(String body) {
        ObjectNode root;
        try {
            root = Json.parseObject(body);
        } catch (IllegalArgumentException e) {
            throw UnifiedApiException.invalid("", e.getMessage());
        }
        Json.unknownField(root, FIELDS).ifPresent(name -> {
            throw UnifiedApiException.invalid(name, "unknown parameter " + name);
        });
        String prompt = text(root, "prompt", true);
        String model = text(root, "model", true);
        if (!MODELS.contains(model)) {
            throw UnifiedApiException.invalid("model", "model must be one of " + String.join(", ", MODELS));
        }
        JsonNode images = images(Json.present(root, "images"));
        oneOf(root, "resolution", RESOLUTIONS);
        oneOf(root, "ratio", RATIOS);
        BOOLEANS.forEach(field -> {
            JsonNode value = Json.present(root, field);
            if (value != null && !value.isBoolean()) {
                throw UnifiedApiException.invalid(field, field + " must be a boolean");
            }
        });
        Integer duration = integer(root, "duration", 5, 10);
        if (duration != null && duration != 5 && duration != 10) {
            throw UnifiedApiException.invalid("duration", "duration must be 5 or 10");
        }
        integer(root, "seed", 0, MAX_SEED);
        return arkBody(root, model, truncate(prompt), images);
    }

    private static ObjectNode arkBody(ObjectNode relay, String model, String prompt, JsonNode images) {
        ObjectNode ark = Json.object().put("model", model);
        ArrayNode content = ark.putArray("content");
        content.addObject().put("type", "text").put("text", prompt);
        List<String> roles = roles(model, images.size());
        for (int i = 0; i < roles.size(); i++) {
            content.addObject().put("type", "image_url").put("role", roles.get(i)).putObject("image_url")
                    .put("url", images.get(i).asText());
        }
        for (String field : new String[]{"resolution", "duration", "seed", "return_last_frame"}) {
            JsonNode value = Json.present(relay, field);
            if (value != null) {
                ark.set(field, value);
            }
        }
        // Ark has no 9:21, and no image ratio to keep without an image: those the relay leaves to the model
        String ratio = text(relay, "ratio", false);
        boolean imageRatio = ratio != null && IMAGE_RATIOS.contains(ratio);
        if (ratio != null && !ratio.equals(PORTRAIT_LEGACY_RATIO) && (!imageRatio || !roles.isEmpty())) {
            ark.put("ratio", imageRatio ? "adaptive" : ratio);
        }
        return ark;
    }

    /** The Ark role of each image the relay forwards, in list order; none for the text-to-video model. */
    private static List<String> roles(String model, int count) {
        if (model.equals(TEXT_TO_VIDEO_MODEL) || count == 0) {
            return List.of();
        }
        if (count == 1) {
            return List.of("first_frame");
        }
        if (count == 2) {
            return List.of("first_frame", "last_frame");
        }
        if (!model.equals(LITE_IMAGE_TO_VIDEO_MODEL)) {
            throw UnifiedApiException.invalid("images", model + " takes one image (first frame) or two (first and"
                    + " last frames)");
        }
        return Collections.nCopies(count, "reference_image");
    }

    /** The relay counts characters, not UTF-16 units, and drops what is beyond the limit. */
    private static String truncate(String prompt) {
        return prompt.codePointCount(0, prompt.length()) <= MAX_PROMPT
                ? prompt
                : prompt.substring(0, prompt.offsetByCodePoints(0, MAX_PROMPT));
    }

    private static String text(JsonNode root, String field, boolean required) {
        JsonNode value = Json.present(root, field);
        if (value == null && required) {
            throw UnifiedApiException.invalid(field, field + " is required");
        }
        if (value != null && !value.isTextual()) {
            throw UnifiedApiException.invalid(field, field + " must be a string");
        }
        return value == null ? null : value.asText();
    }

    /** The format marks {@code images} required; text-to-video sends it empty. */
    private static JsonNode images(JsonNode images) {
        if (images == null) {
            throw UnifiedApiException.invalid("images", "images is required");
        }
        if (!images.isArray()) {
            throw UnifiedApiException.invalid("images", "images must be an array of image URLs");
        }
        for (JsonNode image : images) {
            if (!image.isTextual() || !IMAGE.matcher(image.asText()).matches()) {
                throw UnifiedApiException.invalid("images",
                        "each image must be an http(s) URL or a data:image/<format>;base64 URL");
            }
        }
        return images;
    }

    private static void oneOf(JsonNode root, String field, Set<String> allowed) {
        String value = text(root, field, false);
        if (value != null && !allowed.contains(value)) {
            throw UnifiedApiException.invalid(field, field + " must be one of "
                    + String.join(", ", allowed.stream().sorted().toList()));
        }
    }

    private static Integer integer(JsonNode root, String field, long min, long max) {
        JsonNode value = Json.present(root, field);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || value.asLong() < min || value.asLong() > max) {
            throw UnifiedApiException.invalid(field, field + " must be an integer between " + min + " and " + max);
        }
        return value.asInt();
    }
}
