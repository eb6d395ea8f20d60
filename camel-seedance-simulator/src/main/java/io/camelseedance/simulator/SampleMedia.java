package io.camelseedance.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The real, playable media the simulator serves as "generated" output, so that clients can test downloads,
 * players and uploads end to end. The files are bundled resources; the module README says how they were made.
 */
public final class SampleMedia {

    /** A 2 s, 320x180, 24 fps H.264 + AAC MP4 with its {@code moov} box first. */
    public static final String VIDEO_RESOURCE = "sample-video.mp4";

    /** The last frame of {@link #VIDEO_RESOURCE} as a 320x180 PNG. */
    public static final String LAST_FRAME_RESOURCE = "sample-last-frame.png";

    private SampleMedia() {
    }

    public static byte[] video() {
        return load(VIDEO_RESOURCE);
    }

    public static byte[] lastFrame() {
        return load(LAST_FRAME_RESOURCE);
    }

    private static byte[] load(String name) {
        try (InputStream in = SampleMedia.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing bundled resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
