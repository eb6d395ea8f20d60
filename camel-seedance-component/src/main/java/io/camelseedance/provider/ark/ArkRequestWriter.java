package io.camelseedance.provider.ark;

import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.camelseedance.api.ImageInput;
import io.camelseedance.api.VideoRequest;
import io.camelseedance.provider.JsonSupport;

import static io.camelseedance.provider.JsonSupport.putIfSet;

/**
 * Writes a neutral request as the body of Ark's {@code POST /contents/generations/tasks}: media and prompt go into
 * {@code content[]}, everything else is a top-level snake_case field. Fields the request leaves unset are omitted,
 * so the provider's defaults apply. Resellers that forward this body to Ark (Ace Data Cloud) write it here too.
 */
public final class ArkRequestWriter {

    private final String cameraFixedField;

    /** Writes Ark's own field names. */
    public ArkRequestWriter() {
        this("camera_fixed");
    }

    /**
     * @param cameraFixedField the wire name of the camera switch, which resellers spell differently
     *                         ({@code camerafixed} at Ace Data Cloud)
     */
    public ArkRequestWriter(String cameraFixedField) {
        this.cameraFixedField = cameraFixedField;
    }

    public ObjectNode write(VideoRequest r) {
        ObjectNode root = JsonSupport.MAPPER.createObjectNode();
        root.put("model", r.model());
        root.set("content", content(r));
        putIfSet(root, "callback_url", r.callbackUrl());
        putIfSet(root, "return_last_frame", r.returnLastFrame());
        putIfSet(root, "service_tier", r.serviceTier());
        putIfSet(root, "execution_expires_after", r.executionExpiresAfter());
        putIfSet(root, "generate_audio", r.generateAudio());
        putIfSet(root, "draft", r.draft());
        if (!r.tools().isEmpty()) {
            ArrayNode tools = root.putArray("tools");
            r.tools().forEach(t -> tools.addObject().put("type", t));
        }
        putIfSet(root, "safety_identifier", r.safetyIdentifier());
        putIfSet(root, "priority", r.priority());
        putIfSet(root, "resolution", r.resolution());
        putIfSet(root, "ratio", r.ratio());
        putIfSet(root, "duration", r.duration());
        putIfSet(root, "frames", r.frames());
        putIfSet(root, "seed", r.seed());
        putIfSet(root, cameraFixedField, r.cameraFixed());
        putIfSet(root, "watermark", r.watermark());
        putIfSet(root, "output_format", r.outputFormat());
        putIfSet(root, "omni_reference_task_type", r.taskType());
        for (Map.Entry<String, Object> e : r.extra().entrySet()) {
            root.set(e.getKey(), JsonSupport.MAPPER.valueToTree(e.getValue()));
        }
        return root;
    }

    private static ArrayNode content(VideoRequest r) {
        ArrayNode content = JsonSupport.MAPPER.createArrayNode();
        if (r.prompt() != null && !r.prompt().isEmpty()) {
            content.addObject().put("type", "text").put("text", r.prompt());
        }
        for (ImageInput image : r.images()) {
            media(content, "image_url", image.url(), imageRole(image));
        }
        r.videos().forEach(url -> media(content, "video_url", url, "reference_video"));
        r.audios().forEach(url -> media(content, "audio_url", url, "reference_audio"));
        if (r.draftTaskId() != null) {
            content.addObject().put("type", "draft_task").putObject("draft_task").put("id", r.draftTaskId());
        }
        return content;
    }

    private static void media(ArrayNode content, String type, String url, String role) {
        ObjectNode item = content.addObject().put("type", type);
        item.putObject(type).put("url", url);
        item.put("role", role);
    }

    private static String imageRole(ImageInput image) {
        switch (image.role()) {
            case FIRST_FRAME:
                return "first_frame";
            case LAST_FRAME:
                return "last_frame";
            default:
                return "reference_image";
        }
    }
}
