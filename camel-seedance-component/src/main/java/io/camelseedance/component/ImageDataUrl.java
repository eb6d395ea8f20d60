package io.camelseedance.component;

import java.util.Base64;

import io.camelseedance.api.SeedanceValidationException;

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
        String type = sniff(bytes);
        if (type == null) {
            throw new SeedanceValidationException("images",
                    source + " is not a supported image (png, jpeg, webp, gif, bmp, tiff)");
        }
        return "data:image/" + type + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }

    private static String sniff(byte[] b) {
        if (startsWith(b, 0x89, 'P', 'N', 'G')) {
            return "png";
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return "jpeg";
        }
        if (startsWith(b, 'G', 'I', 'F', '8')) {
            return "gif";
        }
        if (startsWith(b, 'R', 'I', 'F', 'F') && b.length >= 12 && b[8] == 'W' && b[9] == 'E' && b[10] == 'B'
                && b[11] == 'P') {
            return "webp";
        }
        if (startsWith(b, 'B', 'M')) {
            return "bmp";
        }
        if (startsWith(b, 'I', 'I', 0x2A, 0x00) || startsWith(b, 'M', 'M', 0x00, 0x2A)) {
            return "tiff";
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
