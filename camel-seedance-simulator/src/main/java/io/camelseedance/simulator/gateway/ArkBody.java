package io.camelseedance.simulator.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.camelseedance.simulator.Json;

/**
 * Builds the Ark create body a gateway forwards for its own request: the prompt and media as {@code content[]}
 * items with their roles, and the settings that shape the task's life as top-level fields.
 */
public final class ArkBody {

    private final ObjectNode body = Json.object();
    private final ArrayNode content;

    /** @param prompt the prompt with its {@code [sim:…]} triggers, or {@code null} when there is none */
    public ArkBody(String model, String prompt) {
        body.put("model", model);
        content = body.putArray("content");
        if (prompt != null && !prompt.isEmpty()) {
            content.addObject().put("type", "text").put("text", prompt);
        }
    }

    /** @param role {@code first_frame}, {@code last_frame} or {@code reference_image} */
    public ArkBody image(String url, String role) {
        return media("image_url", url, role);
    }

    public ArkBody video(String url) {
        return media("video_url", url, "reference_video");
    }

    public ArkBody audio(String url) {
        return media("audio_url", url, "reference_audio");
    }

    /** A top-level text field, left out when {@code null}. */
    public ArkBody put(String field, String value) {
        if (value != null) {
            body.put(field, value);
        }
        return this;
    }

    /** A top-level boolean field, left out when {@code null}. */
    public ArkBody put(String field, Boolean value) {
        if (value != null) {
            body.put(field, value);
        }
        return this;
    }

    /** A top-level field as the gateway received it, left out when {@code null}. */
    public ArkBody put(String field, JsonNode value) {
        if (value != null) {
            body.set(field, value.deepCopy());
        }
        return this;
    }

    public ArkBody duration(int seconds) {
        body.put("duration", seconds);
        return this;
    }

    /** Turns on Ark's web search tool. */
    public ArkBody webSearch() {
        body.putArray("tools").addObject().put("type", "web_search");
        return this;
    }

    public ObjectNode build() {
        return body;
    }

    private ArkBody media(String type, String url, String role) {
        ObjectNode item = content.addObject().put("type", type);
        item.putObject(type).put("url", url);
        item.put("role", role);
        return this;
    }
}
