package io.camelseedance.api;

import java.util.Objects;

/**
 * An input image: an {@code https://} URL, a {@code data:image/...;base64,} URL or an {@code asset://} id, and its role.
 */
public record ImageInput(String url, ImageRole role) {

    public ImageInput {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(role, "role");
    }

    public static ImageInput firstFrame(String url) {
        return new ImageInput(url, ImageRole.FIRST_FRAME);
    }

    public static ImageInput lastFrame(String url) {
        return new ImageInput(url, ImageRole.LAST_FRAME);
    }

    public static ImageInput reference(String url) {
        return new ImageInput(url, ImageRole.REFERENCE);
    }

    @Override
    public String toString() {
        // data URLs can be megabytes long: keep log lines readable
        String shown = url.startsWith("data:") ? url.substring(0, Math.min(url.length(), 32)) + "..." : url;
        return role + " " + shown;
    }
}
