package io.camelseedance.simulator;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.jcodec.codecs.h264.H264Decoder;
import org.jcodec.codecs.h264.H264Encoder;
import org.jcodec.codecs.h264.H264Utils;
import org.jcodec.common.model.ColorSpace;
import org.jcodec.common.model.Picture;
import org.jcodec.scale.AWTUtil;

/**
 * The "generated" files of tasks: an H.264 MP4 at the task's pixel size, 24 fps, as long as the task reports,
 * showing its prompt, and the PNG of its last frame, which is that frame decoded. One frame is encoded per distinct
 * video (size, length, prompt) and kept, so a test suite that downloads the same kind of video again pays nothing.
 */
public final class TaskVideos {

    private static final int FRAMES_PER_SECOND = 24;
    // prompt directives steer the simulator; a viewer needs only the prompt
    private static final Pattern DIRECTIVE = Pattern.compile("\\[sim:[^\\]]*]");
    private static final int MAX_KEPT = 64;

    private final Map<Still, Rendered> kept = new ConcurrentHashMap<>();

    /**
     * What one video shows.
     *
     * @param width   pixels
     * @param height  pixels
     * @param frames  how many frames, at 24 per second
     * @param caption the prompt as shown
     */
    public record Still(int width, int height, int frames, String caption) {

        /** A still for a task of this size and length; a prompt's simulator directives are not shown. */
        public static Still of(int width, int height, int frames, String prompt) {
            String shown = prompt == null ? "" : DIRECTIVE.matcher(prompt).replaceAll("").strip();
            return new Still(width, height, frames, shown.isEmpty() ? "(no prompt)" : shown);
        }

        /** The frames of a video of this many seconds. */
        public static int framesOf(int seconds) {
            return seconds * FRAMES_PER_SECOND;
        }
    }

    /** The MP4. */
    public byte[] video(Still still) {
        return rendered(still).video.get();
    }

    /** The PNG of the video's last frame. */
    public byte[] lastFrame(Still still) {
        return rendered(still).lastFrame.get();
    }

    private Rendered rendered(Still still) {
        if (kept.size() >= MAX_KEPT && !kept.containsKey(still)) {
            kept.clear();
        }
        return kept.computeIfAbsent(still, Rendered::new);
    }

    /** One still, encoded on first use and decoded for its PNG on first use, each once. */
    private static final class Rendered {

        private final Supplier<byte[]> video;
        private final Supplier<byte[]> lastFrame;

        Rendered(Still still) {
            Supplier<Encoded> encode = once(() -> Encoded.of(still));
            this.video = once(() -> encode.get().mp4(still));
            this.lastFrame = once(() -> encode.get().png());
        }
    }

    /** The encoded frame: its parameter sets and its slice, as the encoder wrote them. */
    private record Encoded(byte[] annexB, byte[] sps, byte[] pps, byte[] slice, int width, int height) {

        static Encoded of(Still still) {
            BufferedImage image = StillFrame.paint(still);
            Picture picture = AWTUtil.fromBufferedImage(image, ColorSpace.YUV420J);
            ByteBuffer out = ByteBuffer.allocate(still.width() * still.height() * 3 + 4096);
            ByteBuffer frame = H264Encoder.createH264Encoder().encodeFrame(picture, out).getData();
            byte[] sps = null;
            byte[] pps = null;
            byte[] slice = null;
            List<ByteBuffer> units = H264Utils.splitFrame(frame.duplicate());
            for (ByteBuffer unit : units) {
                byte[] bytes = new byte[unit.remaining()];
                unit.duplicate().get(bytes);
                switch (bytes[0] & 0x1F) {
                    case 7 -> sps = bytes;
                    case 8 -> pps = bytes;
                    case 5 -> slice = bytes;
                    default -> {
                        // no other unit is needed to show the frame
                    }
                }
            }
            if (sps == null || pps == null || slice == null) {
                throw new IllegalStateException("the H.264 encoder wrote no SPS, PPS and IDR slice");
            }
            byte[] annexB = new byte[frame.remaining()];
            frame.duplicate().get(annexB);
            return new Encoded(annexB, sps, pps, slice, still.width(), still.height());
        }

        byte[] mp4(Still still) {
            return StillMp4.write(width, height, sps, pps, slice, still.frames());
        }

        byte[] png() {
            Picture buffer = Picture.create((width + 15) & ~15, (height + 15) & ~15, ColorSpace.YUV420J);
            Picture decoded = new H264Decoder().decodeFrame(ByteBuffer.wrap(annexB), buffer.getData());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                ImageIO.write(AWTUtil.toBufferedImage(decoded), "png", out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }
    }

    /** Computes on the first call, by one thread; the others wait for it. */
    private static <T> Supplier<T> once(Supplier<T> compute) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = compute.get();
                }
                return value;
            }
        };
    }
}
