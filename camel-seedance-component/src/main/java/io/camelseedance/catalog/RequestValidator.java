package io.camelseedance.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.camelseedance.api.SeedanceValidationException;
import io.camelseedance.api.SeedanceValidationException.Violation;
import io.camelseedance.api.ValidationMode;
import io.camelseedance.api.VideoRequest;

/**
 * Checks a request against the Seedance rules and the model catalog before anything is sent, so a request the
 * provider would reject costs no round trip and no money. Every broken rule is reported at once.
 * <p>
 * Thread-safe; one instance can serve every route.
 */
public final class RequestValidator {

    private static final Logger LOG = LoggerFactory.getLogger(RequestValidator.class);

    // model ids may come from message headers: bound the memory spent on remembering what was warned about
    private static final int MAX_WARNINGS_REMEMBERED = 256;

    private final ModelCatalog catalog;
    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    /** A validator over the catalog shipped in this jar. */
    public RequestValidator() {
        this(ModelCatalog.defaultCatalog());
    }

    public RequestValidator(ModelCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    public ModelCatalog catalog() {
        return catalog;
    }

    /**
     * Throws when the request breaks any rule that applies in this mode.
     *
     * @param mode {@code null} means {@link ValidationMode#lenient}
     * @throws SeedanceValidationException naming every broken rule and its field
     */
    public void validate(VideoRequest request, ValidationMode mode) {
        review(request, mode, ProviderProfile.ANY).requireValid();
    }

    /**
     * The rules the request breaks in this mode, in a stable order; empty when it may be sent.
     *
     * @param mode {@code null} means {@link ValidationMode#lenient}
     */
    public List<Violation> check(VideoRequest request, ValidationMode mode) {
        return review(request, mode, ProviderProfile.ANY).violations();
    }

    /**
     * Judges the request as the given provider would read it: the rules it breaks, and in lenient mode the request
     * less the fields the provider would ignore, each dropped field logged once as a warning.
     *
     * @param mode {@code null} means {@link ValidationMode#lenient}
     */
    public Verdict review(VideoRequest request, ValidationMode mode, ProviderProfile profile) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(profile, "profile");
        ValidationMode effective = mode == null ? ValidationMode.lenient : mode;
        if (effective == ValidationMode.off) {
            return new Verdict(request, List.of(), List.of());
        }
        Violations violations = new Violations();
        List<String> warnings = new ArrayList<>();
        Optional<ModelSpec> spec = lookUpModel(request.model(), effective, violations);
        VideoRequest toSend = IgnoredFields.apply(request, spec, effective, profile, violations, warnings);
        GeneralRules.check(toSend, profile, violations);
        spec.ifPresent(s -> ModelRules.check(toSend, s, toSend.model().trim(), profile, violations, warnings));
        MediaRules.check(toSend, profile, violations, warnings);
        warnings.forEach(warning -> warnOnce(profile.provider() + " " + warning));
        return new Verdict(toSend, violations.list(), warnings);
    }

    private Optional<ModelSpec> lookUpModel(String model, ValidationMode mode, Violations violations) {
        if (!GeneralRules.isSet(model)) {
            violations.add("model", "is required: a model id from the catalog or an endpoint id");
            return Optional.empty();
        }
        Optional<ModelSpec> spec = catalog.find(model);
        if (spec.isEmpty()) {
            if (mode == ValidationMode.strict) {
                violations.add("model", "unknown model " + model.trim() + ": strict validation accepts only "
                        + String.join(", ", catalog.modelIds())
                        + " (add a newer model with the modelCatalog option, or use validation mode lenient for endpoint"
                        + " ids and newer models)");
            } else {
                warnUnknown(model.trim());
            }
        }
        return spec;
    }

    // new models appear monthly, so lenient mode lets them through
    private void warnUnknown(String model) {
        warnOnce("Seedance model " + model + " is not in the model catalog: only the model-independent rules are"
                + " checked, the provider judges the rest. Add it with the modelCatalog option (a catalog of your own,"
                + " merged over the shipped one), or use validation mode strict to reject unknown models.");
    }

    // one warning per text keeps busy logs readable: the same route sends the same request shape again and again
    private void warnOnce(String warning) {
        if (warned.size() < MAX_WARNINGS_REMEMBERED && warned.add(warning)) {
            LOG.warn("Seedance validation: {}", warning);
        } else {
            LOG.debug("Seedance validation: {}", warning);
        }
    }
}
