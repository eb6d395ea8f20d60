package io.camelseedance.simulator.ark;

import java.util.Iterator;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads and checks {@code content[]} independently of the model: item shapes, roles, URL schemes, how many of
 * each medium, and which combinations the service accepts. Every problem is reported on param {@code content}.
 */
final class ContentParser {

    private static final Set<String> IMAGE_ROLES = Set.of("first_frame", "last_frame", "reference_image");
    private static final Pattern WEB_URL = Pattern.compile("(?i)https?://\\S+");
    private static final Pattern ASSET_URL = Pattern.compile("asset://\\S+");
    private static final Pattern IMAGE_DATA_URL = Pattern.compile("data:image/[a-zA-Z0-9.+-]+;base64,\\S+");
    private static final int MAX_REFERENCE_IMAGES = 9;
    private static final int MAX_VIDEOS = 3;
    private static final int MAX_AUDIOS = 3;

    private String prompt = "";
    private int texts;
    private int firstFrames;
    private int lastFrames;
    private int referenceImages;
    private int imagesWithoutRole;
    private int videos;
    private int audios;
    private String draftTaskId;
    private int draftTasks;

    private ContentParser() {
    }

    static TaskContent parse(JsonNode items) {
        if (items.isEmpty()) {
            throw invalid("must contain at least one item");
        }
        ContentParser parser = new ContentParser();
        for (int index = 0; index < items.size(); index++) {
            parser.read(index, items.get(index));
        }
        return parser.checkedContent(items.size());
    }

    private void read(int index, JsonNode item) {
        String at = "content[" + index + "]";
        if (!item.isObject()) {
            throw invalid(at + " must be an object");
        }
        JsonNode type = item.get("type");
        if (type == null || !type.isTextual()) {
            throw invalid(at + ".type must be a string");
        }
        switch (type.asText()) {
            case "text" -> readText(at, item);
            case "image_url" -> readImage(at, item);
            case "video_url" -> readMedia(at, item, "video_url", "reference_video");
            case "audio_url" -> readMedia(at, item, "audio_url", "reference_audio");
            case "draft_task" -> readDraftTask(at, item);
            default -> throw invalid(at + ".type `" + type.asText()
                    + "` is not one of text, image_url, video_url, audio_url, draft_task");
        }
    }

    private void readText(String at, JsonNode item) {
        onlyKeys(at, item, Set.of("type", "text"));
        JsonNode text = item.get("text");
        if (text == null || !text.isTextual()) {
            throw invalid(at + ".text must be a string");
        }
        texts++;
        prompt = text.asText();
    }

    private void readImage(String at, JsonNode item) {
        onlyKeys(at, item, Set.of("type", "image_url", "role"));
        url(at, item, "image_url", true);
        String role = role(at, item, IMAGE_ROLES);
        if (role == null) {
            imagesWithoutRole++;
            return;
        }
        switch (role) {
            case "first_frame" -> firstFrames++;
            case "last_frame" -> lastFrames++;
            default -> referenceImages++;
        }
    }

    private void readMedia(String at, JsonNode item, String field, String onlyRole) {
        onlyKeys(at, item, Set.of("type", field, "role"));
        url(at, item, field, false);
        role(at, item, Set.of(onlyRole));
        if (field.equals("video_url")) {
            videos++;
        } else {
            audios++;
        }
    }

    private void readDraftTask(String at, JsonNode item) {
        onlyKeys(at, item, Set.of("type", "draft_task"));
        JsonNode draftTask = item.get("draft_task");
        if (draftTask == null || !draftTask.isObject()) {
            throw invalid(at + ".draft_task must be an object with an id");
        }
        onlyKeys(at + ".draft_task", draftTask, Set.of("id"));
        JsonNode id = draftTask.get("id");
        if (id == null || !id.isTextual() || id.asText().isBlank()) {
            throw invalid(at + ".draft_task.id must be a task id");
        }
        draftTasks++;
        draftTaskId = id.asText();
    }

    private static void url(String at, JsonNode item, String field, boolean dataUrlAllowed) {
        JsonNode media = item.get(field);
        if (media == null || !media.isObject()) {
            throw invalid(at + "." + field + " must be an object with a url");
        }
        onlyKeys(at + "." + field, media, Set.of("url"));
        JsonNode url = media.get("url");
        if (url == null || !url.isTextual()) {
            throw invalid(at + "." + field + ".url must be a string");
        }
        String value = url.asText();
        boolean accepted = WEB_URL.matcher(value).matches() || ASSET_URL.matcher(value).matches()
                || dataUrlAllowed && IMAGE_DATA_URL.matcher(value).matches();
        if (!accepted) {
            throw invalid(at + "." + field + ".url must be an http(s) URL, an asset:// URI"
                    + (dataUrlAllowed ? " or a data:image/<format>;base64 URL" : ""));
        }
    }

    private static String role(String at, JsonNode item, Set<String> allowed) {
        JsonNode role = item.get("role");
        if (role == null || role.isNull()) {
            return null;
        }
        if (!role.isTextual() || !allowed.contains(role.asText())) {
            throw invalid(at + ".role must be one of " + String.join(", ", allowed.stream().sorted().toList()));
        }
        return role.asText();
    }

    private static void onlyKeys(String at, JsonNode node, Set<String> allowed) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw invalid(at + " has an unknown key `" + name + "`");
            }
        }
    }

    private TaskContent checkedContent(int items) {
        resolveImagesWithoutRole();
        requireAtMost(texts, 1, "text items");
        if (draftTasks > 0 && items > 1) {
            throw invalid("a draft_task item must be the only item");
        }
        requireAtMost(firstFrames, 1, "first_frame images");
        requireAtMost(lastFrames, 1, "last_frame images");
        requireAtMost(referenceImages, MAX_REFERENCE_IMAGES, "reference images");
        requireAtMost(videos, MAX_VIDEOS, "reference videos");
        requireAtMost(audios, MAX_AUDIOS, "reference audios");
        TaskContent content = new TaskContent(
                prompt, firstFrames, lastFrames, referenceImages, videos, audios, draftTaskId);
        if (lastFrames > 0 && firstFrames == 0) {
            throw invalid("a last_frame image needs a first_frame image");
        }
        if (content.usesFrameRoles() && content.hasReferenceMedia()) {
            throw invalid("first_frame/last_frame images cannot be combined with reference images, videos or audios");
        }
        if (audios > 0 && referenceImages + videos == 0) {
            throw invalid("reference audio needs at least one reference image or video");
        }
        return content;
    }

    /** A lone image without a role is the first frame; with several images the role cannot be guessed. */
    private void resolveImagesWithoutRole() {
        if (imagesWithoutRole == 0) {
            return;
        }
        if (imagesWithoutRole + firstFrames + lastFrames + referenceImages > 1) {
            throw invalid("every image needs a role (first_frame, last_frame or reference_image) when there is "
                    + "more than one image");
        }
        firstFrames++;
        imagesWithoutRole = 0;
    }

    private static void requireAtMost(int count, int max, String what) {
        if (count > max) {
            throw invalid("at most " + max + " " + what + " are allowed, got " + count);
        }
    }

    private static ArkApiException invalid(String problem) {
        return ArkApiException.invalidParameter("content", problem);
    }
}
