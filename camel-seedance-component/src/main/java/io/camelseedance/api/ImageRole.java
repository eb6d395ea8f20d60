package io.camelseedance.api;

/**
 * What an input image is for. First/last frames drive image-to-video; reference images drive multimodal generation.
 */
public enum ImageRole {
    FIRST_FRAME,
    LAST_FRAME,
    REFERENCE;

    /**
     * Reads a role as users write it: {@code first_frame}, {@code FIRST_FRAME}, {@code firstFrame}, {@code last_frame},
     * {@code reference}, {@code reference_image}.
     */
    public static ImageRole parse(String text) {
        String key = text.trim().replace("_", "").replace("-", "").toLowerCase(java.util.Locale.ROOT);
        switch (key) {
            case "firstframe":
            case "first":
                return FIRST_FRAME;
            case "lastframe":
            case "last":
                return LAST_FRAME;
            case "reference":
            case "referenceimage":
                return REFERENCE;
            default:
                throw new IllegalArgumentException(
                        "unknown image role '" + text + "' (expected first_frame, last_frame or reference_image)");
        }
    }
}
