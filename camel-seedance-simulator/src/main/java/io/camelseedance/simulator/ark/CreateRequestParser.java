package io.camelseedance.simulator.ark;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.camelseedance.simulator.Json;

/**
 * Turns a create-task body into a {@link CreateTaskRequest}, refusing anything the service would refuse whatever
 * the model: unknown fields, wrong JSON types, values outside their documented sets and ranges. Rules that
 * depend on the model are {@link ModelRules}' job.
 */
final class CreateRequestParser {

    private static final Set<String> FIELDS = Set.of(
            "model", "content", "callback_url", "return_last_frame", "service_tier", "execution_expires_after",
            "generate_audio", "draft", "tools", "safety_identifier", "priority", "resolution", "ratio", "duration",
            "frames", "seed", "camera_fixed", "watermark", "output_format", "omni_reference_task_type");
    private static final Set<String> SERVICE_TIERS = Set.of(
            CreateTaskRequest.DEFAULT_SERVICE_TIER, CreateTaskRequest.FLEX_SERVICE_TIER);
    private static final Set<String> RESOLUTIONS = Set.of("480p", "720p", "1080p");
    private static final Set<String> RATIOS = Set.of("16:9", "4:3", "1:1", "3:4", "9:16", "21:9", "adaptive");
    private static final Set<String> OUTPUT_FORMATS = Set.of("mp4", "mov");
    private static final int MIN_EXPIRES_AFTER = 3_600;
    private static final int MAX_EXPIRES_AFTER = 259_200;
    private static final int MAX_SAFETY_IDENTIFIER = 64;
    private static final int MIN_FRAMES = 29;
    private static final int MAX_FRAMES = 289;
    private static final long MAX_SEED = 4_294_967_295L;

    private CreateRequestParser() {
    }

    /**
     * @param endpoints endpoint ids and the model id each serves; a task made through one reports that model
     */
    static CreateTaskRequest parse(String body, Map<String, String> endpoints) {
        JsonNode root = parseObject(body);
        rejectUnknownFields(root);
        JsonFields fields = new JsonFields(root);

        String sentModel = fields.text("model");
        if (sentModel == null) {
            throw ArkApiException.missingParameter("model");
        }
        String modelId = endpoints.getOrDefault(sentModel, sentModel);
        JsonNode content = fields.array("content");
        if (content == null) {
            throw ArkApiException.missingParameter("content");
        }
        fields.bool("watermark");
        fields.text("omni_reference_task_type");

        CreateTaskRequest request = new CreateTaskRequest(
                modelId,
                ArkModel.byId(modelId).orElseThrow(() -> ArkApiException.modelNotFound(modelId)),
                ContentParser.parse(content),
                callbackUrl(fields.text("callback_url")),
                fields.bool("return_last_frame"),
                oneOf("service_tier", fields.text("service_tier"), SERVICE_TIERS),
                between("execution_expires_after", fields.integer("execution_expires_after"),
                        MIN_EXPIRES_AFTER, MAX_EXPIRES_AFTER),
                fields.bool("generate_audio"),
                fields.bool("draft"),
                tools(fields.array("tools")),
                safetyIdentifier(fields.text("safety_identifier")),
                between("priority", fields.integer("priority"), 0, 9),
                oneOf("resolution", fields.text("resolution"), RESOLUTIONS),
                oneOf("ratio", fields.text("ratio"), RATIOS),
                fields.integer("duration"),
                frames(fields.integer("frames")),
                seed(fields.longInteger("seed")),
                fields.bool("camera_fixed"),
                oneOf("output_format", fields.text("output_format"), OUTPUT_FORMATS));
        ModelRules.check(request);
        return request;
    }

    private static JsonNode parseObject(String body) {
        try {
            return Json.parseObject(body);
        } catch (IllegalArgumentException e) {
            throw ArkApiException.malformedRequest(e.getMessage());
        }
    }

    private static void rejectUnknownFields(JsonNode root) {
        Json.unknownField(root, FIELDS).ifPresent(name -> {
            throw ArkApiException.invalidParameter(name, "unknown parameter");
        });
    }

    private static String oneOf(String param, String value, Set<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            throw ArkApiException.invalidParameter(param,
                    "`" + value + "` is not one of " + String.join(", ", allowed.stream().sorted().toList()));
        }
        return value;
    }

    private static Integer between(String param, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            throw ArkApiException.invalidParameter(param, "must be between " + min + " and " + max);
        }
        return value;
    }

    private static String callbackUrl(String value) {
        if (value == null) {
            return null;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme();
            if (("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) && uri.getHost() != null) {
                return value;
            }
        } catch (URISyntaxException e) {
            // reported below like any other unusable URL
        }
        throw ArkApiException.invalidParameter("callback_url", "must be an http(s) URL");
    }

    private static JsonNode tools(JsonNode tools) {
        if (tools == null) {
            return null;
        }
        for (JsonNode tool : tools) {
            boolean webSearch = tool.isObject() && tool.size() == 1
                    && "web_search".equals(tool.path("type").textValue());
            if (!webSearch) {
                throw ArkApiException.invalidParameter("tools", "the only tool is {\"type\":\"web_search\"}");
            }
        }
        return tools;
    }

    private static String safetyIdentifier(String value) {
        if (value != null && value.length() > MAX_SAFETY_IDENTIFIER) {
            throw ArkApiException.invalidParameter("safety_identifier",
                    "must be at most " + MAX_SAFETY_IDENTIFIER + " characters");
        }
        return value;
    }

    /**
     * The service renders only 25 + 4n frames (n ≥ 1). A duration sent alongside is no error: seed 001 says "frames
     * takes precedence over duration".
     */
    private static Integer frames(Integer frames) {
        if (frames == null) {
            return null;
        }
        if (frames < MIN_FRAMES || frames > MAX_FRAMES || (frames - 25) % 4 != 0) {
            throw ArkApiException.invalidParameter("frames",
                    "must be 25 + 4n between " + MIN_FRAMES + " and " + MAX_FRAMES + ", e.g. 57 or 121");
        }
        return frames;
    }

    private static Long seed(Long seed) {
        if (seed != null && (seed < -1 || seed > MAX_SEED)) {
            throw ArkApiException.invalidParameter("seed", "must be between -1 and " + MAX_SEED);
        }
        return seed;
    }
}
