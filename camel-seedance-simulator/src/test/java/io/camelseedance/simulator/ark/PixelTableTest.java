package io.camelseedance.simulator.ark;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PixelTableTest {

    @ParameterizedTest
    @CsvSource({
            "480p, 16:9, SEEDANCE_1_0, 864, 480",
            "480p, 16:9, SEEDANCE_1_5_AND_2_0, 864, 496",
            "720p, 4:3, SEEDANCE_1_5_AND_2_0, 1112, 834",
            "1080p, 21:9, SEEDANCE_1_0, 2176, 928",
            "1080p, 21:9, SEEDANCE_1_5_AND_2_0, 2206, 946",
            "1080p, 9:16, SEEDANCE_1_0, 1088, 1920"})
    void knowsThePublishedSizes(String resolution, String ratio, PixelTable.Column column, int width, int height) {
        assertThat(PixelTable.size(resolution, ratio, column)).isEqualTo(new PixelTable.Size(width, height));
    }
}
