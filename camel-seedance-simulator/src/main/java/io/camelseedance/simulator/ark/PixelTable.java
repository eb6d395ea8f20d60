package io.camelseedance.simulator.ark;

import java.util.HashMap;
import java.util.Map;

/**
 * The output size for each resolution and aspect ratio, as published in the provider's reference. The simulator
 * needs it to report the token usage a real task would have been billed for.
 */
final class PixelTable {

    enum Column {
        SEEDANCE_1_0, SEEDANCE_1_5_AND_2_0
    }

    record Size(int width, int height) {
    }

    /** Resolution, ratio, size for Seedance 1.0, size for Seedance 1.5 Pro and 2.0. */
    private static final String TABLE = """
            480p   16:9  864x480    864x496
            480p   4:3   736x544    752x560
            480p   1:1   640x640    640x640
            480p   3:4   544x736    560x752
            480p   9:16  480x864    496x864
            480p   21:9  960x416    992x432
            720p   16:9  1248x704   1280x720
            720p   4:3   1120x832   1112x834
            720p   1:1   960x960    960x960
            720p   3:4   832x1120   834x1112
            720p   9:16  704x1248   720x1280
            720p   21:9  1504x640   1470x630
            1080p  16:9  1920x1088  1920x1080
            1080p  4:3   1664x1248  1664x1248
            1080p  1:1   1440x1440  1440x1440
            1080p  3:4   1248x1664  1248x1664
            1080p  9:16  1088x1920  1080x1920
            1080p  21:9  2176x928   2206x946
            """;

    private static final Map<String, Size[]> SIZES = parse();

    private PixelTable() {
    }

    static Size size(String resolution, String ratio, Column column) {
        Size[] sizes = SIZES.get(resolution + " " + ratio);
        if (sizes == null) {
            throw new IllegalArgumentException("No pixel size for " + resolution + " " + ratio);
        }
        return sizes[column.ordinal()];
    }

    private static Map<String, Size[]> parse() {
        Map<String, Size[]> sizes = new HashMap<>();
        TABLE.lines().map(String::trim).filter(line -> !line.isEmpty()).forEach(line -> {
            String[] cells = line.split("\\s+");
            sizes.put(cells[0] + " " + cells[1], new Size[]{parseSize(cells[2]), parseSize(cells[3])});
        });
        return Map.copyOf(sizes);
    }

    private static Size parseSize(String cell) {
        String[] dimensions = cell.split("x");
        return new Size(Integer.parseInt(dimensions[0]), Integer.parseInt(dimensions[1]));
    }
}
