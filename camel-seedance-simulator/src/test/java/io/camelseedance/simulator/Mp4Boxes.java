package io.camelseedance.simulator;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Reads the boxes of an MP4 as a player does, for tests that must know what a file holds without ffprobe: the video
 * track's size, timescale, sample durations, the avcC parameter sets and where each sample is.
 */
final class Mp4Boxes {

    private static final String[] CONTAINERS = {"moov", "trak", "mdia", "minf", "stbl"};

    private final byte[] file;

    Mp4Boxes(byte[] file) {
        this.file = file;
    }

    /** The body of the first box at this path, e.g. {@code moov/trak/tkhd}. */
    ByteBuffer box(String path) {
        return find(0, file.length, path.split("/"), 0)
                .orElseThrow(() -> new AssertionError("no box " + path));
    }

    boolean has(String path) {
        return find(0, file.length, path.split("/"), 0).isPresent();
    }

    int width() {
        return box("moov/trak/tkhd").getInt(76) >>> 16;
    }

    int height() {
        return box("moov/trak/tkhd").getInt(80) >>> 16;
    }

    int timescale() {
        return box("moov/trak/mdia/mdhd").getInt(12);
    }

    long mediaDuration() {
        return box("moov/trak/mdia/mdhd").getInt(16) & 0xFFFFFFFFL;
    }

    /** Seconds, as the movie header says. */
    double movieSeconds() {
        ByteBuffer mvhd = box("moov/mvhd");
        return (double) mvhd.getInt(16) / mvhd.getInt(12);
    }

    /** Frames per second, from the one {@code stts} entry. */
    double framesPerSecond() {
        ByteBuffer stts = box("moov/trak/mdia/minf/stbl/stts");
        if (stts.getInt(4) != 1) {
            throw new AssertionError("samples of different durations");
        }
        return (double) timescale() / stts.getInt(12);
    }

    int sampleCount() {
        return box("moov/trak/mdia/minf/stbl/stsz").getInt(8);
    }

    /** The bytes of a sample: {@code stsc} says one sample per chunk, {@code stco} where each chunk starts. */
    byte[] sample(int index) {
        ByteBuffer stsc = box("moov/trak/mdia/minf/stbl/stsc");
        if (stsc.getInt(4) != 1 || stsc.getInt(12) != 1) {
            throw new AssertionError("expected one sample per chunk");
        }
        ByteBuffer stsz = box("moov/trak/mdia/minf/stbl/stsz");
        int size = stsz.getInt(4) != 0 ? stsz.getInt(4) : stsz.getInt(12 + 4 * index);
        int offset = box("moov/trak/mdia/minf/stbl/stco").getInt(8 + 4 * index);
        return Arrays.copyOfRange(file, offset, offset + size);
    }

    /** The avcC box of the video sample entry. */
    ByteBuffer avcC() {
        ByteBuffer stsd = box("moov/trak/mdia/minf/stbl/stsd");
        // stsd: full box header, entry count, then the avc1 entry: its 8-byte header and 78 bytes of fields
        int avc1 = 8;
        if (!"avc1".equals(type(stsd, avc1 + 4))) {
            throw new AssertionError("the sample entry is not avc1");
        }
        int avcC = avc1 + 8 + 78;
        int size = stsd.getInt(avcC);
        return ByteBuffer.wrap(Arrays.copyOfRange(stsd.array(), stsd.arrayOffset() + avcC + 8,
                stsd.arrayOffset() + avcC + size));
    }

    private Optional<ByteBuffer> find(int from, int to, String[] path, int depth) {
        int at = from;
        while (at + 8 <= to) {
            int size = ByteBuffer.wrap(file, at, 4).getInt();
            String type = new String(file, at + 4, 4, StandardCharsets.US_ASCII);
            if (size < 8 || at + size > to) {
                throw new AssertionError("box " + type + " at " + at + " has a bad size " + size);
            }
            if (type.equals(path[depth])) {
                if (depth == path.length - 1) {
                    return Optional.of(ByteBuffer.wrap(file, at + 8, size - 8).slice());
                }
                if (Arrays.asList(CONTAINERS).contains(type)) {
                    return find(at + 8, at + size, path, depth + 1);
                }
            }
            at += size;
        }
        return Optional.empty();
    }

    private static String type(ByteBuffer b, int at) {
        byte[] four = new byte[4];
        b.duplicate().position(at).get(four);
        return new String(four, StandardCharsets.US_ASCII);
    }
}
