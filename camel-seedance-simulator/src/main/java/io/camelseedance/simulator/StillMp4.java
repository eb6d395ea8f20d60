package io.camelseedance.simulator;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Writes an H.264 MP4 whose samples all show one intra-coded frame: the frame is stored once in {@code mdat} and
 * every sample's chunk offset points at it, so a video of any length costs one frame. The {@code moov} box comes
 * first, as for progressive download. Video only: there is no sound track.
 */
final class StillMp4 {

    /** Sample timescale: a sample lasts {@link #SAMPLE_DELTA} of these, 1/24 s. */
    static final int TIMESCALE = 24_000;
    static final int SAMPLE_DELTA = 1_000;
    private static final int MOVIE_TIMESCALE = 1_000;
    private static final int[] IDENTITY = {0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x40000000};

    private StillMp4() {
    }

    /**
     * @param sps    the sequence parameter set NAL unit, without start code
     * @param pps    the picture parameter set NAL unit, without start code
     * @param frame  the intra-coded slice NAL unit, without start code
     * @param frames how many samples, at 24 per second
     */
    static byte[] write(int width, int height, byte[] sps, byte[] pps, byte[] frame, int frames) {
        byte[] ftyp = box("ftyp", ascii("isom"), int32(512), ascii("isom"), ascii("iso2"), ascii("avc1"),
                ascii("mp41"));
        byte[] sample = concat(int32(frame.length), frame);
        // the moov's size does not depend on the offset it holds: measure it, then write it with the offset
        int moovSize = moov(width, height, sps, pps, sample.length, frames, 0).length;
        int frameOffset = ftyp.length + moovSize + 8;
        return concat(ftyp, moov(width, height, sps, pps, sample.length, frames, frameOffset), box("mdat", sample));
    }

    private static byte[] moov(int width, int height, byte[] sps, byte[] pps, int sampleSize, int frames,
            int offset) {
        long mediaDuration = (long) frames * SAMPLE_DELTA;
        int movieDuration = (int) (mediaDuration * MOVIE_TIMESCALE / TIMESCALE);
        byte[] mvhd = fullBox("mvhd", 0, int32(0), int32(0), int32(MOVIE_TIMESCALE), int32(movieDuration),
                int32(0x10000), int16(0x100), new byte[10], matrix(), new byte[24], int32(2));
        byte[] tkhd = fullBox("tkhd", 3, int32(0), int32(0), int32(1), int32(0), int32(movieDuration), new byte[8],
                int16(0), int16(0), int16(0), int16(0), matrix(), int32(width << 16), int32(height << 16));
        byte[] mdhd = fullBox("mdhd", 0, int32(0), int32(0), int32(TIMESCALE), int32((int) mediaDuration),
                int16(0x55C4), int16(0));
        byte[] hdlr = fullBox("hdlr", 0, int32(0), ascii("vide"), new byte[12], ascii("VideoHandler\0"));
        byte[] vmhd = fullBox("vmhd", 1, new byte[8]);
        byte[] dinf = box("dinf", fullBox("dref", 0, int32(1), fullBox("url ", 1)));
        byte[] stbl = box("stbl", stsd(width, height, sps, pps),
                fullBox("stts", 0, int32(1), int32(frames), int32(SAMPLE_DELTA)),
                fullBox("stsc", 0, int32(1), int32(1), int32(1), int32(1)),
                fullBox("stsz", 0, int32(sampleSize), int32(frames)),
                fullBox("stco", 0, int32(frames), repeat(int32(offset), frames)));
        byte[] minf = box("minf", vmhd, dinf, stbl);
        byte[] trak = box("trak", tkhd, box("mdia", mdhd, hdlr, minf));
        return box("moov", mvhd, trak);
    }

    private static byte[] stsd(int width, int height, byte[] sps, byte[] pps) {
        byte[] avcC = box("avcC", new byte[]{1, sps[1], sps[2], sps[3], (byte) 0xFF, (byte) 0xE1},
                int16(sps.length), sps, new byte[]{1}, int16(pps.length), pps);
        byte[] compressor = new byte[32];
        byte[] avc1 = box("avc1", new byte[6], int16(1), new byte[16], int16(width), int16(height),
                int32(0x480000), int32(0x480000), int32(0), int16(1), compressor, int16(0x18), int16(0xFFFF), avcC);
        return fullBox("stsd", 0, int32(1), avc1);
    }

    private static byte[] matrix() {
        ByteBuffer b = ByteBuffer.allocate(36);
        for (int value : IDENTITY) {
            b.putInt(value);
        }
        return b.array();
    }

    private static byte[] box(String type, byte[]... parts) {
        byte[] body = concat(parts);
        return concat(int32(body.length + 8), ascii(type), body);
    }

    private static byte[] fullBox(String type, int flags, byte[]... parts) {
        return box(type, concat(int32(flags & 0xFFFFFF)), concat(parts));
    }

    private static byte[] repeat(byte[] part, int times) {
        ByteBuffer b = ByteBuffer.allocate(part.length * times);
        for (int i = 0; i < times; i++) {
            b.put(part);
        }
        return b.array();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] int32(int value) {
        return ByteBuffer.allocate(4).putInt(value).array();
    }

    private static byte[] int16(int value) {
        return ByteBuffer.allocate(2).putShort((short) value).array();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
