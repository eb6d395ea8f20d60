package io.camelseedance.provider;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.camelseedance.api.ImageInput;
import io.camelseedance.api.SeedanceValidationException.Violation;
import io.camelseedance.api.VideoRequest;

/**
 * Collects what of a neutral request a provider's wire format cannot carry, each as a violation naming the neutral
 * field and the provider: the {@link RequestField}s it lacks, the provider's own rules ({@link #when}), and the limits
 * the OpenAI-style gateways (EvoLink, APIMart) share, media as public URLs only, no automatic duration, Seedance 2.0
 * only. The one way a dialect builds its {@link ProviderDialect#unsupported} answer.
 */
public final class UnsupportedFields {

    private static final Pattern HTTP_URL = Pattern.compile("(?i)https?://\\S+");

    private final String provider;
    private final VideoRequest request;
    private final List<Violation> violations = new ArrayList<>();

    public UnsupportedFields(String provider, VideoRequest request) {
        this.provider = provider;
        this.request = request;
    }

    /** The fields of {@code lacking} that the request sets, in the order {@link RequestField} declares them. */
    public UnsupportedFields lacking(Set<RequestField> lacking) {
        for (RequestField field : RequestField.values()) {
            if (lacking.contains(field) && field.isUsedBy(request)) {
                violations.add(field.violation(provider));
            }
        }
        return this;
    }

    /** Adds {@code field: <provider> <rule>} when {@code present}. */
    public UnsupportedFields when(boolean present, String field, String rule) {
        if (present) {
            violations.add(new Violation(field, provider + " " + rule));
        }
        return this;
    }

    /** Media given other than as public http(s) URLs: base64 data URLs and Ark's {@code asset://} ids. */
    public UnsupportedFields httpUrlsOnly() {
        return when(notHttp(request.images().stream().map(ImageInput::url)), "images",
                "takes images as public http(s) URLs only (no data: URLs or asset ids)")
                .when(notHttp(request.videos().stream()), "videos", "takes videos as public http(s) URLs only")
                .when(notHttp(request.audios().stream()), "audios", "takes audios as public http(s) URLs only");
    }

    /** A duration of -1 (the model chooses). */
    public UnsupportedFields fixedDurationOnly() {
        return when(request.hasAutoDuration(), "duration",
                "has no automatic duration (-1): give the seconds");
    }

    /** A model the catalog knows as other than Seedance 2.0 and 2.0 Fast, the only families the gateways offer. */
    public UnsupportedFields seedance20Only(ModelFamily families) {
        String model = request.model() == null ? null : request.model().trim();
        return when(model != null && families.isOtherThan20(model), "model",
                "offers Seedance 2.0 and 2.0 Fast only; " + model + " is "
                        + families.family(model).orElse("another family"));
    }

    public List<Violation> list() {
        return List.copyOf(violations);
    }

    private static boolean notHttp(Stream<String> urls) {
        return urls.anyMatch(url -> !HTTP_URL.matcher(url).matches());
    }
}
