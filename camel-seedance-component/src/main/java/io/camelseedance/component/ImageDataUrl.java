package io.camelseedance.component;

import java.util.Base64;

import io.camelseedance.api.SeedanceValidationException;
import io.camelseedance.catalog.ImageHeader;

/**
 * Turns image bytes into a {@code data:} URL, which Ark accepts in place of a public image URL. The type is read from
 * the bytes, not trusted from a file name.
 */
final class ImageDataUrl {

    /** Ark's limit per image. */
    static final long MAX_BYTES = 30L * 1024 * 1024;

    private ImageDataUrl() {
    }

    static String of(byte[] bytes, String source) {
        if (bytes.length > MAX_BYTES) {
            throw new SeedanceValidationException("images", source + " is larger than 30 MB");
        }
        String type = ImageHeader.read(bytes).map(ImageHeader::format).orElse(null);
        if (type == null) {
            throw new SeedanceValidationException("images",
                    source + " is not a supported image (png, jpeg, webp, gif, bmp, tiff, heic)");
        }
        return "data:image/" + type + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }
}
