package io.camelseedance.examples.watch;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * What an MP4 says of itself: its length (the movie header, {@code mvhd}) and its picture's width and height (the
 * first track header, {@code tkhd}, with a picture). Read from the boxes, so a test can hold what a browser reports
 * against the file it was given.
 */
record Mp4Facts(double seconds, int width, int height) {

    static Mp4Facts of(byte[] mp4) {
        ByteBuffer moov = box(ByteBuffer.wrap(mp4), "moov");
        ByteBuffer mvhd = box(moov.duplicate(), "mvhd");
        int version = mvhd.get(0);
        long timescale = version == 1 ? mvhd.getInt(20) & 0xFFFF_FFFFL : mvhd.getInt(12) & 0xFFFF_FFFFL;
        long duration = version == 1 ? mvhd.getLong(24) : mvhd.getInt(16) & 0xFFFF_FFFFL;
        ByteBuffer tracks = moov.duplicate();
        while (tracks.hasRemaining()) {
            ByteBuffer tkhd = box(box(tracks, "trak"), "tkhd");
            int at = tkhd.get(0) == 1 ? 88 : 76;
            int width = tkhd.getInt(at) >>> 16;
            int height = tkhd.getInt(at + 4) >>> 16;
            if (width > 0) {
                return new Mp4Facts((double) duration / timescale, width, height);
            }
        }
        throw new IllegalArgumentException("The MP4 has no track with a picture");
    }

    /** The payload of the next box of this type in {@code boxes}, which is left just after it. */
    private static ByteBuffer box(ByteBuffer boxes, String type) {
        while (boxes.remaining() >= 8) {
            int start = boxes.position();
            long size = boxes.getInt() & 0xFFFF_FFFFL;
            byte[] name = new byte[4];
            boxes.get(name);
            int header = 8;
            if (size == 1) {
                size = boxes.getLong();
                header = 16;
            } else if (size == 0) {
                size = boxes.limit() - start;
            }
            int end = (int) (start + size);
            if (type.equals(new String(name, StandardCharsets.US_ASCII))) {
                ByteBuffer payload = boxes.duplicate().position(start + header).limit(end).slice();
                boxes.position(end);
                return payload;
            }
            boxes.position(end);
        }
        throw new IllegalArgumentException("No " + type + " box");
    }
}
