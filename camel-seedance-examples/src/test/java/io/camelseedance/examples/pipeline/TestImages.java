package io.camelseedance.examples.pipeline;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;

import javax.imageio.ImageIO;

/** Small real images for the inbox, made on the spot so the tests carry no binary files. */
final class TestImages {

    private TestImages() {
    }

    static byte[] image(String format, Color colour) throws IOException {
        BufferedImage image = new BufferedImage(640, 360, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, 320, 180);
        g.setColor(Color.WHITE);
        g.fillOval(120, 50, 80, 80);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    static String dataUrl(String format, Color colour) throws IOException {
        return "data:image/" + format + ";base64," + Base64.getEncoder().encodeToString(image(format, colour));
    }
}
