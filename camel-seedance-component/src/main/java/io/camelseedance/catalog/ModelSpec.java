package io.camelseedance.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What one Seedance model accepts, as listed in the model catalog. A capability left out of a catalog entry reads as
 * "not supported" ({@code false} or {@code 0}), so a forgotten line makes validation stricter, never looser.
 *
 * @param id                 the model id the provider documents, e.g. {@code dreamina-seedance-2-0-260128}
 * @param aliases            other ids of the same model, e.g. its Volcengine twin {@code doubao-seedance-2-0-260128}
 * @param family             a stable family key, e.g. {@code seedance-2.0}
 * @param displayName        a human name, e.g. {@code Seedance 2.0}
 * @param durationMin        shortest duration in seconds
 * @param durationMax        longest duration in seconds
 * @param autoDuration       whether duration {@code -1} (the model chooses) is accepted
 * @param framesSupported    whether {@code frames} may be used instead of {@code duration}
 * @param resolutions        the accepted resolutions, e.g. {@code 480p}
 * @param defaultResolution  what the provider renders when no resolution is given (informational)
 * @param adaptiveRatio      when the {@code adaptive} ratio is accepted
 * @param requiresImage      whether the model generates from images only (image-to-video), so a request without one
 *                           is refused
 * @param firstFrame         whether a first-frame image is accepted
 * @param lastFrame          whether a last-frame image is accepted
 * @param maxReferenceImages how many reference images are accepted (0: none)
 * @param maxVideos          how many reference videos are accepted (0: none)
 * @param maxAudios          how many reference audios are accepted (0: none)
 * @param cameraFixed        whether {@code cameraFixed=true} is accepted
 * @param generateAudio      whether {@code generateAudio=true} is accepted
 * @param draft              whether draft mode and rendering a draft task are accepted
 * @param flex               whether a service tier may be chosen, {@code flex} (offline inference) included; a
 *                           model without it runs online only and takes no {@code service_tier} at all
 * @param priority           whether a queue priority is accepted
 * @param webSearch          whether the {@code web_search} tool is accepted
 */
public record ModelSpec(
        @JsonProperty(required = true) String id,
        List<String> aliases,
        String family,
        String displayName,
        @JsonProperty(required = true) int durationMin,
        @JsonProperty(required = true) int durationMax,
        boolean autoDuration,
        boolean framesSupported,
        @JsonProperty(required = true) List<String> resolutions,
        String defaultResolution,
        @JsonProperty(required = true) AdaptiveRatio adaptiveRatio,
        boolean requiresImage,
        boolean firstFrame,
        boolean lastFrame,
        int maxReferenceImages,
        int maxVideos,
        int maxAudios,
        boolean cameraFixed,
        boolean generateAudio,
        boolean draft,
        boolean flex,
        boolean priority,
        boolean webSearch) {

    /** When a model accepts the {@code adaptive} ratio. */
    public enum AdaptiveRatio {
        @JsonProperty("always")
        ALWAYS,
        /** Only when an image is given: the ratio is taken from it, a text-to-video request has nothing to adapt to. */
        @JsonProperty("imageToVideoOnly")
        IMAGE_TO_VIDEO_ONLY,
        @JsonProperty("never")
        NEVER
    }

    public ModelSpec {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("model id is required");
        }
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        family = family == null ? id : family;
        displayName = displayName == null ? id : displayName;
        if (durationMin < 1 || durationMax < durationMin) {
            throw new IllegalArgumentException(
                    id + ": durationMin must be at least 1 and durationMax at least durationMin; got " + durationMin
                            + ".." + durationMax);
        }
        if (resolutions == null || resolutions.isEmpty()) {
            throw new IllegalArgumentException(id + ": at least one resolution is required");
        }
        resolutions = List.copyOf(resolutions);
        if (defaultResolution != null && !resolutions.contains(defaultResolution)) {
            throw new IllegalArgumentException(
                    id + ": defaultResolution " + defaultResolution + " is not one of " + resolutions);
        }
        Objects.requireNonNull(adaptiveRatio, "adaptiveRatio");
        if (maxReferenceImages < 0 || maxVideos < 0 || maxAudios < 0) {
            throw new IllegalArgumentException(id + ": media limits cannot be negative");
        }
    }

    /** The model id followed by its aliases: every id this entry answers to. */
    public List<String> ids() {
        List<String> all = new ArrayList<>(1 + aliases.size());
        all.add(id);
        all.addAll(aliases);
        return List.copyOf(all);
    }
}
