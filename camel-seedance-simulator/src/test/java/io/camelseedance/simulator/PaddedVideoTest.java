package io.camelseedance.simulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PaddedVideoTest {

    private static final byte[] SAMPLE = new TaskVideos().video(TaskVideos.Still.of(640, 360, 48, "padded"));

    @Test
    void appendsOneFreeBoxThatMakesUpTheExactSize() throws IOException {
        long total = SAMPLE.length + 1000L;
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        PaddedVideo.of(SAMPLE, total).writeTo(out);

        byte[] written = out.toByteArray();
        assertThat(written).hasSize((int) total);
        assertThat(Arrays.copyOf(written, SAMPLE.length)).isEqualTo(SAMPLE);
        ByteBuffer box = ByteBuffer.wrap(written, SAMPLE.length, 1000);
        assertThat(box.getInt()).isEqualTo(1000);
        assertThat(ascii(box, 4)).isEqualTo("free");
        while (box.hasRemaining()) {
            assertThat(box.get()).isZero();
        }
    }

    @Test
    void theSampleItselfNeedsNoPadding() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        PaddedVideo.of(SAMPLE, SAMPLE.length).writeTo(out);

        assertThat(out.toByteArray()).isEqualTo(SAMPLE);
    }

    @Test
    void beyondFourGibibytesTheBoxCarriesA64BitSize() throws IOException {
        long total = 5L << 30;
        HeadAndCount out = new HeadAndCount(SAMPLE.length + 16);

        PaddedVideo.of(SAMPLE, total).writeTo(out);

        assertThat(out.count).isEqualTo(total);
        ByteBuffer box = ByteBuffer.wrap(out.head.toByteArray(), SAMPLE.length, 16);
        assertThat(box.getInt()).isEqualTo(1);
        assertThat(ascii(box, 4)).isEqualTo("free");
        assertThat(box.getLong()).isEqualTo(total - SAMPLE.length);
    }

    @Test
    void refusesSizesItCannotReachWithABox() {
        assertThatThrownBy(() -> PaddedVideo.of(SAMPLE, SAMPLE.length - 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PaddedVideo.of(SAMPLE, SAMPLE.length + 7))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 8 bytes");
    }

    private static String ascii(ByteBuffer buffer, int length) {
        byte[] bytes = new byte[length];
        buffer.get(bytes);
        return new String(bytes, StandardCharsets.US_ASCII);
    }

    /** Keeps the first bytes and counts the rest, so that gigabytes can be written without holding them. */
    private static final class HeadAndCount extends OutputStream {
        private final ByteArrayOutputStream head = new ByteArrayOutputStream();
        private final int keep;
        private long count;

        HeadAndCount(int keep) {
            this.keep = keep;
        }

        @Override
        public void write(int b) {
            write(new byte[]{(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            int kept = (int) Math.max(0, Math.min(len, keep - count));
            head.write(b, off, kept);
            count += len;
        }
    }
}
