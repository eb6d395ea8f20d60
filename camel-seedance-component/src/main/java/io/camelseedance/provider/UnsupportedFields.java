package io.camelseedance.provider;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.camelseedance.api.ImageInput;
import io.camelseedance.api.SeedanceValidationException.Violation;
import io.camelseedance.api.VideoRequest;

/**
 * Collects what of a neutral request a provider's wire format cannot carry, each as a violation naming the neutral
 * field and the provider ({@code frames: evolink has no frame count}). A field asks for something only when it is
 * set to other than the neutral default: {@code watermark=false} or {@code seed=-1} ask for nothing, so route-wide
 * defaults do not break providers that lack the field.
 */
public final class UnsupportedFields {

    private static final Pattern HTTP_URL = Pattern.compile("(?i)https?://\\S+");

    private final String provider;
    private final List<Violation> violations = new ArrayList<>();

    public UnsupportedFields(String provider) {
        this.provider = provider;
    }

    /** Adds {@code field: <provider> <lacks>} when {@code present}. */
    public UnsupportedFields when(boolean present, String field, String lacks) {
        if (present) {
            violations.add(new Violation(field, provider + " " + lacks));
        }
        return this;
    }

    /**
     * The Ark-only fields: service tiers, expiry, priority, safety identifiers, drafts, frame counts, output formats,
     * task types, seeds, camera fixing and watermarks.
     */
    public UnsupportedFields arkOnlyFields(VideoRequest r) {
        return when(r.frames() != null, "frames", "has no frame count: use duration")
                .when(r.seed() != null && r.seed() != -1, "seed", "has no seed")
                .when(Boolean.TRUE.equals(r.cameraFixed()), "cameraFixed", "has no fixed camera")
                .when(Boolean.TRUE.equals(r.watermark()), "watermark", "has no watermark switch")
                .when(r.serviceTier() != null && !"default".equals(r.serviceTier()), "serviceTier",
                        "has no service tiers")
                .when(r.executionExpiresAfter() != null, "executionExpiresAfter", "has no task expiry")
                .when(r.priority() != null, "priority", "has no queue priority")
                .when(r.safetyIdentifier() != null, "safetyIdentifier", "has no safety identifier")
                .when(Boolean.TRUE.equals(r.draft()), "draft", "has no draft mode")
                .when(r.draftTaskId() != null, "draftTaskId", "has no draft tasks")
                .when(r.outputFormat() != null, "outputFormat", "has no output format choice")
                .when(r.taskType() != null, "taskType", "has no task types");
    }

    /** Media given other than as public http(s) URLs: base64 data URLs and Ark's {@code asset://} ids. */
    public UnsupportedFields httpUrlsOnly(VideoRequest r) {
        return when(notHttp(r.images().stream().map(ImageInput::url)), "images",
                "takes images as public http(s) URLs only (no data: URLs or asset ids)")
                .when(notHttp(r.videos().stream()), "videos", "takes videos as public http(s) URLs only")
                .when(notHttp(r.audios().stream()), "audios", "takes audios as public http(s) URLs only");
    }

    /** A model the catalog knows as other than Seedance 2.0 and 2.0 Fast, the only families the gateways offer. */
    public UnsupportedFields seedance20Only(VideoRequest r) {
        String model = r.model() == null ? null : r.model().trim();
        return when(model != null && ModelFamily.isOtherThan20(model), "model",
                "offers Seedance 2.0 and 2.0 Fast only; " + model + " is "
                        + ModelFamily.of(model).orElse("another family"));
    }

    /** A duration of -1 (the model chooses). */
    public UnsupportedFields fixedDurationOnly(VideoRequest r) {
        return when(r.duration() != null && r.duration() == -1, "duration",
                "has no automatic duration (-1): give the seconds");
    }

    public List<Violation> list() {
        return List.copyOf(violations);
    }

    private static boolean notHttp(Stream<String> urls) {
        return urls.anyMatch(url -> !HTTP_URL.matcher(url).matches());
    }
}
