package io.camelseedance.catalog;

import java.util.Objects;
import java.util.Set;

/**
 * The media a provider documents taking: formats, the pixel and aspect bounds of an image, and sizes. The request
 * validator holds what it can see against them: inline images ({@code data:} URLs, which files and image bodies
 * become) fully, and a URL's file extension as a warning. A video's or audio's size is not here: they are sent as
 * URLs, whose bytes only the provider sees.
 *
 * @param imageFormats    image formats as {@link ImageHeader#format()} names them
 * @param videoFormats    video container extensions, e.g. mp4
 * @param audioFormats    audio file extensions, e.g. mp3
 * @param minSide         fewest pixels of an image's width and height
 * @param maxSide         most pixels of an image's width and height
 * @param minAspect       smallest width / height of an image
 * @param maxAspect       largest width / height of an image
 * @param maxImageBytes   most bytes of one image
 * @param maxRequestBytes most bytes of the whole request
 */
public record MediaLimits(Set<String> imageFormats, Set<String> videoFormats, Set<String> audioFormats, int minSide,
        int maxSide, double minAspect, double maxAspect, long maxImageBytes, long maxRequestBytes) {

    private static final long MB = 1024L * 1024;

    /**
     * Seed 003's "Image requirements" (.jpeg, .png, .webp; aspect 0.4 to 2.5; 300 to 6000 px; 30 MB; 64 MB per
     * request), and the formats of its "Video requirements" (.mp4, .mov) and "Audio requirements" (.wav, .mp3).
     */
    public static final MediaLimits SEED_003 = new MediaLimits(Set.of("jpeg", "png", "webp"), Set.of("mp4", "mov"),
            Set.of("wav", "mp3"), 300, 6000, 0.4, 2.5, 30 * MB, 64 * MB);

    /** Ark's image items take more formats than seed 003 lists (bmp, tiff, gif, and heic on 2.0), with its bounds. */
    public static final MediaLimits ARK = SEED_003.withImageFormats(
            Set.of("jpeg", "png", "webp", "bmp", "tiff", "gif", "heic"));

    public MediaLimits {
        imageFormats = Set.copyOf(imageFormats);
        videoFormats = Set.copyOf(videoFormats);
        audioFormats = Set.copyOf(audioFormats);
        Objects.checkIndex(minSide, maxSide + 1);
    }

    /** The same limits for images of these formats. */
    public MediaLimits withImageFormats(Set<String> formats) {
        return new MediaLimits(formats, videoFormats, audioFormats, minSide, maxSide, minAspect, maxAspect,
                maxImageBytes, maxRequestBytes);
    }
}
