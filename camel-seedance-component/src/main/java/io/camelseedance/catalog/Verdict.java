package io.camelseedance.catalog;

import java.util.List;

import io.camelseedance.api.SeedanceValidationException;
import io.camelseedance.api.SeedanceValidationException.Violation;
import io.camelseedance.api.VideoRequest;

/**
 * The outcome of validating one request for one provider.
 *
 * @param request    what to send: the request as given, less the fields lenient validation dropped because the
 *                   provider would ignore them
 * @param violations the broken rules, in a stable order; the request must not be sent unless this is empty
 * @param warnings   what was dropped or will be ignored, as logged
 */
public record Verdict(VideoRequest request, List<Violation> violations, List<String> warnings) {

    public Verdict {
        violations = List.copyOf(violations);
        warnings = List.copyOf(warnings);
    }

    /**
     * The request to send.
     *
     * @throws SeedanceValidationException naming every broken rule and its field
     */
    public VideoRequest requireValid() {
        if (!violations.isEmpty()) {
            throw new SeedanceValidationException(violations);
        }
        return request;
    }
}
