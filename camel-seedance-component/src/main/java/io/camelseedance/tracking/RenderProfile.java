package io.camelseedance.tracking;

import java.util.Objects;

import io.camelseedance.api.VideoRequest;

/**
 * What decides how long a render takes, as far as the request tells: the provider, the model, the resolution and the
 * clip's duration. Render times are learned per profile ({@link LearnedRenderTimes}), so a 1080p 10 s clip is not
 * expected as soon as a 480p 5 s one. Taken from the request, not from the ended task, so that a task is known by
 * its profile before it is first read; a resolution or duration left to the provider's default is {@code null}.
 *
 * @param provider   the provider id, e.g. {@code byteplus}
 * @param model      the model as requested (id or alias)
 * @param resolution the requested resolution, or {@code null} for the model's default
 * @param duration   the requested seconds, as written (e.g. {@code 5}, {@code 4.5}, {@code -1}), or {@code null}
 */
public record RenderProfile(String provider, String model, String resolution, String duration) {

    public RenderProfile {
        Objects.requireNonNull(provider, "provider");
    }

    /** The profile of a request sent to {@code provider}. */
    public static RenderProfile of(String provider, VideoRequest request) {
        return new RenderProfile(provider, request.model(), request.resolution(),
                request.duration() != null ? request.duration().toString() : null);
    }

    /** For log lines and the dev console, e.g. {@code byteplus seedance-2.0 720p 5 s}. */
    public String describe() {
        return provider + " " + model + " " + (resolution != null ? resolution : "default resolution") + " "
                + (duration != null ? duration + " s" : "default duration");
    }
}
