package io.camelseedance.tracking;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.camelseedance.catalog.ModelCatalog;
import io.camelseedance.catalog.ModelSpec;

/**
 * How long a model typically renders a clip, where anyone has published a figure: the render times ComfyUI uses for
 * its progress bar (seconds for a 10 s clip by family and resolution, {@code VIDEO_TASKS_EXECUTION_TIME} of its
 * ByteDance nodes). A shorter or longer clip is assumed to take proportionally as long. Families without a published
 * figure (2.0, 1.5, the fast models) have none: an estimate is never invented.
 */
public final class TypicalRenderTimes {

    /** Seconds for a 10 s clip, by family, then resolution. */
    private static final Map<String, Map<String, Integer>> TEN_SECOND_CLIP = Map.of(
            "seedance-1.0-lite-t2v", Map.of("480p", 40, "720p", 60, "1080p", 90),
            "seedance-1.0-lite-i2v", Map.of("480p", 40, "720p", 60, "1080p", 90),
            "seedance-1.0-pro", Map.of("480p", 70, "720p", 85, "1080p", 115));
    /** Ark's default duration, for a task whose provider does not echo it. */
    private static final int DEFAULT_DURATION_SECONDS = 5;

    private final ModelCatalog catalog;

    public TypicalRenderTimes(ModelCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * The typical render time of a clip.
     *
     * @param model      the model id or alias
     * @param resolution the resolution, or {@code null} for the model's default
     * @param duration   the clip's seconds, or {@code null} for the default 5 s
     */
    public Optional<Duration> of(String model, String resolution, Integer duration) {
        Optional<ModelSpec> spec = catalog.find(model);
        if (spec.isEmpty() || spec.get().family() == null) {
            return Optional.empty();
        }
        Map<String, Integer> byResolution = TEN_SECOND_CLIP.get(spec.get().family());
        Integer tenSeconds = byResolution == null
                ? null
                : byResolution.get(resolution != null ? resolution : spec.get().defaultResolution());
        if (tenSeconds == null) {
            return Optional.empty();
        }
        int seconds = duration != null && duration > 0 ? duration : DEFAULT_DURATION_SECONDS;
        return Optional.of(Duration.ofMillis(tenSeconds * 100L * seconds));
    }
}
