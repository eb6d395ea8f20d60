package io.camelseedance.governor;

import java.util.Map;

/**
 * The output size of each resolution and ratio, as seed 001 (BytePlus ModelArk's create page) tables it: Seedance 1.0
 * renders slightly different sizes from 1.5 Pro and 2.x. The tokens a video is billed depend on them.
 */
final class PixelSizes {

    private static final Map<String, int[]> SEEDANCE_1_0 = Map.ofEntries(
            size("480p 16:9", 864, 480), size("480p 4:3", 736, 544), size("480p 1:1", 640, 640),
            size("480p 3:4", 544, 736), size("480p 9:16", 480, 864), size("480p 21:9", 960, 416),
            size("720p 16:9", 1248, 704), size("720p 4:3", 1120, 832), size("720p 1:1", 960, 960),
            size("720p 3:4", 832, 1120), size("720p 9:16", 704, 1248), size("720p 21:9", 1504, 640),
            size("1080p 16:9", 1920, 1088), size("1080p 4:3", 1664, 1248), size("1080p 1:1", 1440, 1440),
            size("1080p 3:4", 1248, 1664), size("1080p 9:16", 1088, 1920), size("1080p 21:9", 2176, 928));
    private static final Map<String, int[]> SEEDANCE_1_5_AND_2 = Map.ofEntries(
            size("480p 16:9", 864, 496), size("480p 4:3", 752, 560), size("480p 1:1", 640, 640),
            size("480p 3:4", 560, 752), size("480p 9:16", 496, 864), size("480p 21:9", 992, 432),
            size("720p 16:9", 1280, 720), size("720p 4:3", 1112, 834), size("720p 1:1", 960, 960),
            size("720p 3:4", 834, 1112), size("720p 9:16", 720, 1280), size("720p 21:9", 1470, 630),
            size("1080p 16:9", 1920, 1080), size("1080p 4:3", 1664, 1248), size("1080p 1:1", 1440, 1440),
            size("1080p 3:4", 1248, 1664), size("1080p 9:16", 1080, 1920), size("1080p 21:9", 2206, 946));

    private PixelSizes() {
    }

    private static Map.Entry<String, int[]> size(String key, int width, int height) {
        return Map.entry(key, new int[]{width, height});
    }

    /**
     * The pixels of one frame, or {@code -1} when the resolution is not in the table. A ratio the table does not list
     * ({@code adaptive}, {@code keep_ratio}, none) takes the largest frame of the resolution: the estimate must not be
     * lower than the bill.
     */
    static long pixels(String family, String resolution, String ratio) {
        Map<String, int[]> table = family.startsWith("seedance-1.0") ? SEEDANCE_1_0 : SEEDANCE_1_5_AND_2;
        int[] size = table.get(resolution + " " + ratio);
        if (size != null) {
            return (long) size[0] * size[1];
        }
        return table.entrySet().stream().filter(e -> e.getKey().startsWith(resolution + " "))
                .mapToLong(e -> (long) e.getValue()[0] * e.getValue()[1]).max().orElse(-1);
    }
}
