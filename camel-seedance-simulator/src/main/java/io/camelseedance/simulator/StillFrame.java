package io.camelseedance.simulator;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Paints the one picture a simulated video shows: a calm colour chosen by the prompt, the prompt itself, and what the
 * task asked for, so a person watching a demo sees that the video is theirs.
 */
final class StillFrame {

    private static final Logger LOG = Logger.getLogger(StillFrame.class.getName());
    private static final int MAX_LINES = 6;

    private StillFrame() {
    }

    static BufferedImage paint(TaskVideos.Still still) {
        int w = still.width();
        int h = still.height();
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        try {
            float hue = (still.caption().hashCode() & 0xFFFF) / 65_536f;
            g.setColor(Color.getHSBColor(hue, 0.45f, 0.35f));
            g.fillRect(0, 0, w, h);
            g.setColor(Color.getHSBColor(hue, 0.35f, 0.55f));
            g.fillRect(0, h - h / 8, w, h / 8);
            text(g, still);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void text(Graphics2D g, TaskVideos.Still still) {
        int w = still.width();
        int h = still.height();
        int margin = w / 16;
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(12, Math.min(w, h) / 14)));
            FontMetrics metrics = g.getFontMetrics();
            List<String> lines = wrap(still.caption(), metrics, w - 2 * margin);
            int y = (h - lines.size() * metrics.getHeight()) / 2 + metrics.getAscent();
            for (String line : lines) {
                g.drawString(line, margin, y);
                y += metrics.getHeight();
            }
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(10, h / 28)));
            String footer = String.format(Locale.ROOT, "Seedance simulator  %dx%d  %.2f s  24 fps", w, h,
                    still.frames() / 24.0);
            g.drawString(footer, margin, h - h / 16 + g.getFontMetrics().getAscent() / 2);
        } catch (RuntimeException | InternalError noFonts) {
            // a headless machine without fonts still gets a video of the right size and length
            LOG.log(Level.FINE, "no text on the simulated video: " + noFonts);
        }
    }

    private static List<String> wrap(String text, FontMetrics metrics, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (metrics.stringWidth(candidate) <= width || line.isEmpty()) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
            if (lines.size() == MAX_LINES) {
                lines.set(MAX_LINES - 1, lines.get(MAX_LINES - 1) + " ...");
                return lines;
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
