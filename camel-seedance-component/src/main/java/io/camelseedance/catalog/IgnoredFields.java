package io.camelseedance.catalog;

import java.util.List;
import java.util.Optional;

import io.camelseedance.api.ValidationMode;
import io.camelseedance.api.VideoRequest;

/**
 * Fields the provider documents as ignored or not configurable in a given request: refused in strict mode, and in
 * lenient mode left out of what is sent, with a warning, so the user pays for what they get and learns what was
 * dropped.
 */
final class IgnoredFields {

    private IgnoredFields() {
    }

    /**
     * @return the request to send: {@code r} itself in strict mode (the violations say what to change), or a copy
     *         without the ignored fields in lenient mode
     */
    static VideoRequest apply(VideoRequest r, Optional<ModelSpec> spec, ValidationMode mode, ProviderProfile profile,
            Violations violations, List<String> warnings) {
        boolean strict = mode == ValidationMode.strict;
        VideoRequest.Builder toSend = null;
        if (r.frames() != null && r.duration() != null && profile.has(ProviderRule.FRAMES_OVERRIDE_DURATION)) {
            String rule = "(" + r.frames() + ") would win over duration (" + r.duration() + ") on "
                    + profile.provider() + ": frames takes precedence and duration is ignored";
            if (strict) {
                violations.add("frames", rule + "; set one of them");
            } else {
                warnings.add("frames " + rule + ": sending frames only");
                toSend = r.toBuilder().duration(null);
            }
        }
        if (r.serviceTier() != null && spec.isPresent() && !spec.get().flex()) {
            String rule = "cannot be configured on " + r.model().trim() + ": it runs online inference only";
            if (strict) {
                violations.add("serviceTier", rule + "; leave serviceTier out (got " + r.serviceTier() + ")");
            } else {
                warnings.add("serviceTier " + rule + ": not sending service_tier " + r.serviceTier());
                toSend = (toSend != null ? toSend : r.toBuilder()).serviceTier(null);
            }
        }
        return toSend == null ? r : toSend.build();
    }
}
