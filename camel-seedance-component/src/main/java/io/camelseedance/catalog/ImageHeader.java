package io.camelseedance.catalog;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What the first bytes of an image say: its format, and where the format puts them near the start, its width and
 * height. Read from the bytes, never from a file name or a declared type.
 *
 * @param format jpeg, png, webp, gif, bmp, tiff or heic
 * @param width  pixels, 0 when the header does not say within the bytes given
 * @param height pixels, 0 when the header does not say within the bytes given
 */
public record ImageHeader(String format, int width, int height) {

    /** Whether the width and height were read. */
    public boolean hasSize() {
        return width > 0 && height > 0;
    }

    /** The image's header, or empty when the bytes are no image format a Seedance provider takes. */
    public static Optional<ImageHeader> read(byte[] b) {
        if (startsWith(b, 0, 0x89, 'P', 'N', 'G')) {
            // IHDR is the first chunk: width and height big-endian at 16 and 20
            return Optional.of(new ImageHeader("png", int32(b, 16), int32(b, 20)));
        }
        if (startsWith(b, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(jpeg(b));
        }
        if (startsWith(b, 0, 'G', 'I', 'F', '8')) {
            return Optional.of(new ImageHeader("gif", uint16le(b, 6), uint16le(b, 8)));
        }
        if (startsWith(b, 0, 'R', 'I', 'F', 'F') && startsWith(b, 8, 'W', 'E', 'B', 'P')) {
            return Optional.of(webp(b));
        }
        if (startsWith(b, 0, 'B', 'M')) {
            return Optional.of(new ImageHeader("bmp", Math.abs(int32le(b, 18)), Math.abs(int32le(b, 22))));
        }
        if (startsWith(b, 0, 'I', 'I', 0x2A, 0x00) || startsWith(b, 0, 'M', 'M', 0x00, 0x2A)) {
            return Optional.of(new ImageHeader("tiff", 0, 0));
        }
        if (startsWith(b, 4, 'f', 't', 'y', 'p') && b.length >= 12) {
            String brand = new String(b, 8, 4, StandardCharsets.US_ASCII);
            if (brand.startsWith("hei") || brand.startsWith("hev") || brand.equals("mif1") || brand.equals("msf1")) {
                return Optional.of(new ImageHeader("heic", 0, 0));
            }
        }
        return Optional.empty();
    }

    // the size is in the first start-of-frame segment, after any number of metadata segments
    private static ImageHeader jpeg(byte[] b) {
        int i = 2;
        while (i + 9 < b.length && (b[i] & 0xFF) == 0xFF) {
            int marker = b[i + 1] & 0xFF;
            boolean startOfFrame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8
                    && marker != 0xCC;
            if (startOfFrame) {
                return new ImageHeader("jpeg", uint16(b, i + 7), uint16(b, i + 5));
            }
            i += 2 + uint16(b, i + 2);
        }
        return new ImageHeader("jpeg", 0, 0);
    }

    private static ImageHeader webp(byte[] b) {
        if (startsWith(b, 12, 'V', 'P', '8', ' ') && b.length >= 30) {
            return new ImageHeader("webp", uint16le(b, 26) & 0x3FFF, uint16le(b, 28) & 0x3FFF);
        }
        if (startsWith(b, 12, 'V', 'P', '8', 'L') && b.length >= 25) {
            int b0 = b[21] & 0xFF;
            int b1 = b[22] & 0xFF;
            int b2 = b[23] & 0xFF;
            int b3 = b[24] & 0xFF;
            return new ImageHeader("webp", 1 + (b0 | (b1 & 0x3F) << 8), 1 + (b1 >> 6 | b2 << 2 | (b3 & 0x0F) << 10));
        }
        if (startsWith(b, 12, 'V', 'P', '8', 'X') && b.length >= 30) {
            return new ImageHeader("webp", 1 + uint24le(b, 24), 1 + uint24le(b, 27));
        }
        return new ImageHeader("webp", 0, 0);
    }

    private static boolean startsWith(byte[] bytes, int offset, int... prefix) {
        if (bytes.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[offset + i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int uint16(byte[] b, int i) {
        return i + 1 < b.length ? (b[i] & 0xFF) << 8 | b[i + 1] & 0xFF : 0;
    }

    private static int uint16le(byte[] b, int i) {
        return i + 1 < b.length ? (b[i + 1] & 0xFF) << 8 | b[i] & 0xFF : 0;
    }

    private static int uint24le(byte[] b, int i) {
        return i + 2 < b.length ? (b[i + 2] & 0xFF) << 16 | (b[i + 1] & 0xFF) << 8 | b[i] & 0xFF : 0;
    }

    private static int int32(byte[] b, int i) {
        return i + 3 < b.length
                ? (b[i] & 0xFF) << 24 | (b[i + 1] & 0xFF) << 16 | (b[i + 2] & 0xFF) << 8 | b[i + 3] & 0xFF
                : 0;
    }

    private static int int32le(byte[] b, int i) {
        return i + 3 < b.length
                ? (b[i + 3] & 0xFF) << 24 | (b[i + 2] & 0xFF) << 16 | (b[i + 1] & 0xFF) << 8 | b[i] & 0xFF
                : 0;
    }
}
