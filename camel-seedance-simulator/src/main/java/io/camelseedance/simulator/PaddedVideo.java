package io.camelseedance.simulator;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A real MP4 made as large as asked by appending one top-level {@code free} box, which players skip. The padding
 * is zeros generated while the body is written, so a 200 MB "video" costs the simulator a 64 KB buffer, and a client
 * under test sees a file of the size it must cope with that still starts with {@code ftyp} and still plays.
 */
public final class PaddedVideo implements ReplyBody {

    private static final int BOX_HEADER = 8;
    private static final int LARGE_BOX_HEADER = 16;
    private static final long MAX_COMPACT_BOX = 0xFFFF_FFFFL;
    // shared and never written to, so every response can read from it at once
    private static final byte[] ZEROS = new byte[64 * 1024];

    private final byte[] video;
    private final long length;

    private PaddedVideo(byte[] video, long length) {
        this.video = video;
        this.length = length;
    }

    /**
     * @param video      the MP4 to start with; not copied, do not modify it
     * @param totalBytes the size of the result: the video's own size, or at least 8 bytes more (a box header)
     */
    public static PaddedVideo of(byte[] video, long totalBytes) {
        long padding = totalBytes - video.length;
        if (padding < 0 || padding > 0 && padding < BOX_HEADER) {
            throw new IllegalArgumentException("An MP4 of " + video.length + " bytes cannot be padded to "
                    + totalBytes + " bytes: the padding box needs at least " + BOX_HEADER + " bytes");
        }
        return new PaddedVideo(video, totalBytes);
    }

    @Override
    public long length() {
        return length;
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        out.write(video);
        long padding = length - video.length;
        if (padding > 0) {
            writeFreeBoxHeader(out, padding);
            long zeros = padding - (padding > MAX_COMPACT_BOX ? LARGE_BOX_HEADER : BOX_HEADER);
            while (zeros > 0) {
                int n = (int) Math.min(ZEROS.length, zeros);
                out.write(ZEROS, 0, n);
                zeros -= n;
            }
        }
    }

    /** A box's 32-bit size field counts its header too; beyond 4 GiB it is 1 and a 64-bit size follows the type. */
    private static void writeFreeBoxHeader(OutputStream out, long boxSize) throws IOException {
        boolean large = boxSize > MAX_COMPACT_BOX;
        writeInt(out, large ? 1 : boxSize);
        out.write(new byte[]{'f', 'r', 'e', 'e'});
        if (large) {
            writeInt(out, boxSize >>> 32);
            writeInt(out, boxSize);
        }
    }

    private static void writeInt(OutputStream out, long value) throws IOException {
        out.write(new byte[]{(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value});
    }
}
