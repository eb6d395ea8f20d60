package io.camelseedance.catalog;

import java.net.URI;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.camelseedance.api.ImageInput;
import io.camelseedance.api.VideoRequest;

/**
 * Holds a request's media against the provider's {@link MediaLimits} where the component can see them: an inline
 * ({@code data:}) image by its bytes (format, pixels, aspect, size, and the request's total), a URL by its file
 * extension only, as a warning, since the provider fetches it and judges the bytes itself. Videos and audios are
 * URLs or asset ids always (the general rules refuse them inline), so only their extensions are seen.
 */
final class MediaRules {

    private static final long MB = 1024L * 1024;
    // enough base64 for any header: a JPEG's size follows its metadata segments
    private static final int HEADER_CHARS = 256 * 1024;
    private static final Map<String, String> SAME_FORMAT = Map.of("jpg", "jpeg", "tif", "tiff", "heif", "heic");
    private static final Set<String> MEDIA_EXTENSIONS = Set.of("jpg", "jpeg", "png", "webp", "gif", "bmp", "tif",
            "tiff", "heic", "heif", "avif", "svg", "mp4", "mov", "avi", "mkv", "webm", "flv", "wmv", "m4v", "mp3",
            "wav",
            "aac", "m4a", "ogg", "flac", "opus", "wma");

    private final MediaLimits limits;
    private final String provider;
    private final Violations violations;
    private final List<String> warnings;

    private MediaRules(MediaLimits limits, String provider, Violations violations, List<String> warnings) {
        this.limits = limits;
        this.provider = provider;
        this.violations = violations;
        this.warnings = warnings;
    }

    static void check(VideoRequest r, ProviderProfile profile, Violations violations, List<String> warnings) {
        if (profile.media() != null) {
            new MediaRules(profile.media(), profile.provider(), violations, warnings).check(r);
        }
    }

    private void check(VideoRequest r) {
        long inline = 0;
        List<ImageInput> images = r.images();
        for (int i = 0; i < images.size(); i++) {
            inline += image("images[" + i + "]", images.get(i).url());
        }
        // videos and audios go by URL only (no provider takes them inline): their sizes are the provider's to judge
        for (int i = 0; i < r.videos().size(); i++) {
            warnOnExtension("videos[" + i + "]", r.videos().get(i), "video", limits.videoFormats());
        }
        for (int i = 0; i < r.audios().size(); i++) {
            warnOnExtension("audios[" + i + "]", r.audios().get(i), "audio", limits.audioFormats());
        }
        if (inline > limits.maxRequestBytes()) {
            violations.add("request", provider + " takes at most " + megabytes(limits.maxRequestBytes())
                    + " per request; the inline media alone are " + megabytes(inline));
        }
    }

    /** @return the bytes the image adds to the request when inline, else 0 */
    private long image(String field, String url) {
        Optional<DataUrl> data = DataUrl.parse(url);
        if (data.isEmpty()) {
            warnOnExtension(field, url, "image", limits.imageFormats());
            return 0;
        }
        long size = data.get().size();
        String allowed = String.join(", ", limits.imageFormats().stream().sorted().toList());
        Optional<ImageHeader> header = ImageHeader.read(data.get().head());
        if (header.isEmpty() || !limits.imageFormats().contains(header.get().format())) {
            violations.add(field, provider + " takes images in " + allowed + "; this one is "
                    + header.map(ImageHeader::format).orElse("no image format it reads"));
        } else if (header.get().hasSize()) {
            pixels(field, header.get());
        }
        atMost(field, "an image", size, limits.maxImageBytes());
        return size;
    }

    private void pixels(String field, ImageHeader image) {
        int w = image.width();
        int h = image.height();
        if (Math.min(w, h) < limits.minSide() || Math.max(w, h) > limits.maxSide()) {
            violations.add(field, provider + " takes images of " + limits.minSide() + " to " + limits.maxSide()
                    + " pixels a side; this one is " + w + "x" + h);
        }
        double aspect = (double) w / h;
        if (aspect < limits.minAspect() || aspect > limits.maxAspect()) {
            violations.add(field, provider + " takes images of aspect ratio (width / height) " + limits.minAspect()
                    + " to " + limits.maxAspect() + "; this one is " + w + "x" + h + String.format(Locale.ROOT,
                            " (%.2f)", aspect));
        }
    }

    private void atMost(String field, String what, long size, long max) {
        if (size > max) {
            violations.add(field, provider + " takes " + what + " of at most " + megabytes(max) + "; this one is "
                    + megabytes(size));
        }
    }

    // the URL is not quoted: a presigned one carries a signature
    private void warnOnExtension(String field, String url, String kind, Set<String> formats) {
        String extension = extension(url);
        if (extension != null && MEDIA_EXTENSIONS.contains(extension)
                && !formats.contains(SAME_FORMAT.getOrDefault(extension, extension))) {
            warnings.add(field + " looks like ." + extension + " but " + provider + " documents " + kind + " in "
                    + String.join(", ", formats.stream().sorted().toList()) + " only: it may refuse it");
        }
    }

    private static String extension(String url) {
        try {
            URI uri = URI.create(url);
            if (!"https".equalsIgnoreCase(uri.getScheme()) && !"http".equalsIgnoreCase(uri.getScheme())) {
                return null;
            }
            String path = uri.getPath();
            int dot = path == null ? -1 : path.lastIndexOf('.');
            return dot < 0 || dot < path.lastIndexOf('/') ? null : path.substring(dot + 1).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException notAUri) {
            return null;
        }
    }

    private static String megabytes(long bytes) {
        return bytes % MB == 0 ? bytes / MB + " MB" : String.format(Locale.ROOT, "%.1f MB", (double) bytes / MB);
    }

    /** A {@code data:[type][;base64],payload} URL, read without decoding more than its head. */
    private record DataUrl(boolean base64, String payload) {

        static Optional<DataUrl> parse(String url) {
            int comma = url == null ? -1 : url.indexOf(',');
            if (comma < 0 || !url.regionMatches(true, 0, "data:", 0, 5)) {
                return Optional.empty();
            }
            boolean base64 = url.substring(5, comma).toLowerCase(Locale.ROOT).endsWith(";base64");
            return Optional.of(new DataUrl(base64, url.substring(comma + 1)));
        }

        long size() {
            if (!base64) {
                return payload.length();
            }
            int padding = payload.endsWith("==") ? 2 : payload.endsWith("=") ? 1 : 0;
            return payload.length() / 4L * 3 - padding;
        }

        byte[] head() {
            if (!base64) {
                return new byte[0];
            }
            String head = payload.substring(0, Math.min(payload.length(), HEADER_CHARS));
            try {
                return Base64.getMimeDecoder().decode(head.substring(0, head.length() / 4 * 4));
            } catch (IllegalArgumentException notBase64) {
                return new byte[0];
            }
        }
    }
}
