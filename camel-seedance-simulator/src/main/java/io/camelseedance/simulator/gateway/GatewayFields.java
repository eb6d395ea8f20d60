package io.camelseedance.simulator.gateway;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.camelseedance.simulator.Json;

/**
 * The strict reading of a gateway create body that EvoLink and APIMart share: one JSON object of known fields,
 * each of its JSON type, enumerations and ranges checked, media given as public http(s) URLs (neither gateway
 * takes base64 or Ark's {@code asset://} ids), and the limits both inherit from Seedance 2.0. Every refusal names
 * the field at fault.
 */
public final class GatewayFields {

    /** Reference images a request may carry. */
    public static final int MAX_REFERENCE_IMAGES = 9;
    /** Images of a first-and-last-frame request. */
    public static final int MAX_FRAMES = 2;
    /** Reference videos, and reference audios, a request may carry. */
    public static final int MAX_VIDEOS_OR_AUDIOS = 3;

    private static final List<String> RATIOS = List.of("16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive");
    private static final int MIN_DURATION = 4;
    private static final int MAX_DURATION = 15;
    private static final int DEFAULT_DURATION = 5;

    private final ObjectNode root;

    private GatewayFields(ObjectNode root) {
        this.root = root;
    }

    /** Parses the body and refuses any field not in {@code known}. */
    public static GatewayFields parse(String body, Set<String> known) {
        ObjectNode root;
        try {
            root = Json.parseObject(body);
        } catch (IllegalArgumentException e) {
            throw GatewayRefusal.malformedRequest(e.getMessage());
        }
        Json.unknownField(root, known).ifPresent(name -> {
            throw GatewayRefusal.invalidParameter(name, "unknown parameter");
        });
        return new GatewayFields(root);
    }

    /** The body as parsed, e.g. to compare two bodies sent with one idempotency key. */
    public ObjectNode root() {
        return root;
    }

    public String text(String name) {
        return typed(name, JsonNode::isTextual, "a string") == null ? null : root.get(name).asText();
    }

    public String required(String name) {
        String value = text(name);
        if (value == null || value.isBlank()) {
            throw GatewayRefusal.invalidParameter(name, "is required");
        }
        return value;
    }

    public Boolean bool(String name) {
        JsonNode value = typed(name, JsonNode::isBoolean, "a boolean");
        return value == null ? null : value.asBoolean();
    }

    /** An object field, or {@code null} when absent. */
    public JsonNode object(String name) {
        return typed(name, JsonNode::isObject, "an object");
    }

    /** An array field, or {@code null} when absent. */
    public JsonNode array(String name) {
        return typed(name, JsonNode::isArray, "an array");
    }

    /** The text value if it is one of {@code allowed}, or {@code null} when absent. */
    public String oneOf(String name, List<String> allowed) {
        String value = text(name);
        if (value != null && !allowed.contains(value)) {
            throw GatewayRefusal.invalidParameter(name, "must be one of " + String.join(", ", allowed));
        }
        return value;
    }

    /** The video length in seconds, 4 to 15, 5 when absent. */
    public int duration() {
        JsonNode value = typed("duration", v -> v.isIntegralNumber() && v.canConvertToInt(), "an integer");
        if (value == null) {
            return DEFAULT_DURATION;
        }
        if (value.asInt() < MIN_DURATION || value.asInt() > MAX_DURATION) {
            throw GatewayRefusal.invalidParameter("duration",
                    "must be between " + MIN_DURATION + " and " + MAX_DURATION);
        }
        return value.asInt();
    }

    /** An aspect ratio field: one of Seedance 2.0's ratios, {@code adaptive} included; {@code null} when absent. */
    public String ratio(String name) {
        return oneOf(name, RATIOS);
    }

    /** An array of at most {@code max} public http(s) URLs; empty when absent. */
    public List<String> urls(String name, int max) {
        JsonNode array = array(name);
        if (array == null) {
            return List.of();
        }
        if (array.size() > max) {
            throw GatewayRefusal.invalidParameter(name, "takes at most " + max + " URLs");
        }
        List<String> urls = new ArrayList<>();
        for (JsonNode item : array) {
            if (!item.isTextual() || !isHttpUrl(item.asText())) {
                throw GatewayRefusal.invalidParameter(name, "items must be public http(s) URLs (no base64)");
            }
            urls.add(item.asText());
        }
        return List.copyOf(urls);
    }

    /** Seedance 2.0 takes audio only as a companion: beside at least one image or video. */
    public static void requireAudioCompany(int images, int videos, int audios) {
        if (audios > 0 && images == 0 && videos == 0) {
            throw GatewayRefusal.invalidParameter("audio_urls",
                    "audio cannot be provided alone: add at least one image or video");
        }
    }

    /** Whether the text is an absolute http or https URL with a host. */
    public static boolean isHttpUrl(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme();
            return ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private JsonNode typed(String name, Predicate<JsonNode> type, String expected) {
        JsonNode value = Json.present(root, name);
        if (value != null && !type.test(value)) {
            throw GatewayRefusal.invalidParameter(name, "must be " + expected);
        }
        return value;
    }
}
