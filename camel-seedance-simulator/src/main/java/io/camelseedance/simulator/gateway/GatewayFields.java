package io.camelseedance.simulator.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelseedance.simulator.JsonFields;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The strict reading of a gateway create body that EvoLink and APIMart share: one JSON object of known fields,
 * each of its JSON type, enumerations and ranges checked, media given as public http(s) URLs (neither gateway
 * takes base64 or Ark's {@code asset://} ids), and the limits both inherit from Seedance 2.0.
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

    private final JsonNode root;
    private final JsonFields fields;

    private GatewayFields(JsonNode root) {
        this.root = root;
        this.fields = new JsonFields(root, GatewayError::wrongType);
    }

    /** Parses the body and refuses any field not in {@code known}. */
    public static GatewayFields parse(String body, Set<String> known) {
        JsonNode root = JsonFields.parseObject(body, GatewayError::malformedRequest);
        JsonFields.rejectUnknown(root, known, GatewayError::unknownParameter);
        return new GatewayFields(root);
    }

    /** The body as parsed, e.g. to compare two bodies sent with one idempotency key. */
    public JsonNode root() {
        return root;
    }

    public JsonFields fields() {
        return fields;
    }

    public String required(String name) {
        String value = fields.text(name);
        if (value == null || value.isBlank()) {
            throw GatewayError.missingParameter(name);
        }
        return value;
    }

    /** The text value if it is one of {@code allowed}, else {@code fallback} when absent. */
    public String oneOf(String name, List<String> allowed, String fallback) {
        String value = fields.text(name);
        if (value == null) {
            return fallback;
        }
        if (!allowed.contains(value)) {
            throw GatewayError.invalidParameter(name, "must be one of " + String.join(", ", allowed));
        }
        return value;
    }

    /** The integer value if it is within {@code min..max}, else {@code fallback} when absent. */
    public int between(String name, int min, int max, int fallback) {
        Integer value = fields.integer(name);
        if (value == null) {
            return fallback;
        }
        if (value < min || value > max) {
            throw GatewayError.invalidParameter(name, "must be between " + min + " and " + max);
        }
        return value;
    }

    /** The video length in seconds, 4 to 15, 5 when absent. */
    public int duration() {
        return between("duration", MIN_DURATION, MAX_DURATION, DEFAULT_DURATION);
    }

    /** An aspect ratio field: one of Seedance 2.0's ratios, {@code adaptive} included. */
    public void ratio(String name) {
        oneOf(name, RATIOS, null);
    }

    /** Seedance 2.0 takes audio only as a companion: beside at least one image or video. */
    public static void requireAudioCompany(int images, int videos, int audios) {
        if (audios > 0 && images == 0 && videos == 0) {
            throw GatewayError.invalidParameter("audio_urls",
                    "audio cannot be provided alone: add at least one image or video");
        }
    }

    /** An array of at most {@code max} public http(s) URLs; empty when absent. */
    public List<String> urls(String name, int max) {
        JsonNode array = fields.array(name);
        if (array == null) {
            return List.of();
        }
        if (array.size() > max) {
            throw GatewayError.invalidParameter(name, "takes at most " + max + " URLs");
        }
        List<String> urls = new ArrayList<>();
        for (JsonNode item : array) {
            if (!item.isTextual() || !isHttpUrl(item.asText())) {
                throw GatewayError.invalidParameter(name, "items must be public http(s) URLs (no base64)");
            }
            urls.add(item.asText());
        }
        return List.copyOf(urls);
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
}
