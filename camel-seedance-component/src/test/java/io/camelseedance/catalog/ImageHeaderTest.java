package io.camelseedance.catalog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ImageHeaderTest {

    @ParameterizedTest
    @ValueSource(strings = {"png", "jpeg", "gif", "bmp"})
    void readsTheFormatAndSizeOfWhatImageIoWrites(String format) {
        assertThat(ImageHeader.read(TestImages.image(format, 640, 360))).contains(new ImageHeader(format, 640, 360));
    }

    @Test
    void readsTheSizeOfTheThreeWebpKinds() {
        byte[] lossy = riff("VP8 ", 30);
        lossy[26] = (byte) 0x80; // 640 = 0x280, little-endian, 14 bits
        lossy[27] = 0x02;
        lossy[28] = 0x68; // 360 = 0x168
        lossy[29] = 0x01;
        byte[] extended = riff("VP8X", 30);
        extended[24] = (byte) 639; // width - 1, 24 bits little-endian
        extended[25] = 0x02;
        extended[27] = 0x67; // height - 1 = 359
        extended[28] = 0x01;
        byte[] lossless = riff("VP8L", 25);
        // 14 bits of width - 1 (639), then 14 bits of height - 1 (359)
        int bits = 639 | 359 << 14;
        lossless[21] = (byte) bits;
        lossless[22] = (byte) (bits >> 8);
        lossless[23] = (byte) (bits >> 16);
        lossless[24] = (byte) (bits >> 24);

        assertThat(ImageHeader.read(lossy)).contains(new ImageHeader("webp", 640, 360));
        assertThat(ImageHeader.read(extended)).contains(new ImageHeader("webp", 640, 360));
        assertThat(ImageHeader.read(lossless)).contains(new ImageHeader("webp", 640, 360));
    }

    @Test
    void knowsNoFormatInBytesThatAreNoImage() {
        assertThat(ImageHeader.read(new byte[]{0, 0, 0})).isEmpty();
        assertThat(ImageHeader.read("GIF".getBytes())).isEmpty();
    }

    private static byte[] riff(String chunk, int length) {
        byte[] b = new byte[length];
        System.arraycopy("RIFF".getBytes(), 0, b, 0, 4);
        System.arraycopy("WEBP".getBytes(), 0, b, 8, 4);
        System.arraycopy(chunk.getBytes(), 0, b, 12, 4);
        return b;
    }
}
