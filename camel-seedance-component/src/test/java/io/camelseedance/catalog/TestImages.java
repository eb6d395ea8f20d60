package io.camelseedance.catalog;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Base64;

import javax.imageio.ImageIO;

/** Real images of a given size and format, written by ImageIO, and their data URLs. */
final class TestImages {

    private TestImages() {
    }

    static byte[] image(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalArgumentException("ImageIO writes no " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String dataUrl(String format, int width, int height) {
        return "data:image/" + format + ";base64," + Base64.getEncoder().encodeToString(image(format, width, height));
    }

    /** A data URL of {@code megabytes} whose first bytes are a real 640x640 PNG. */
    static String bigDataUrl(String type, int megabytes) {
        byte[] png = image("png", 640, 640);
        // a whole number of 3-byte groups, so no padding falls in the middle of the URL
        String head = Base64.getEncoder().encodeToString(Arrays.copyOf(png, (png.length + 2) / 3 * 3));
        int chars = megabytes * 1024 * 1024 / 3 * 4;
        return "data:" + type + ";base64," + head + "A".repeat(Math.max(0, chars - head.length()) / 4 * 4);
    }
}
