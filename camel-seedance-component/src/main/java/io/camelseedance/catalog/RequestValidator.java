package io.camelseedance.catalog;

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

    // model ids may come from message headers: bound the memory spent on remembering which ones were warned about
    private static final int MAX_WARNED_MODELS = 256;

    private final ModelCatalog catalog;
    private final Set<String> warnedModels = ConcurrentHashMap.newKeySet();

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
        List<Violation> violations = check(request, mode);
        if (!violations.isEmpty()) {
            throw new SeedanceValidationException(violations);
        }
    }

    /**
     * The rules the request breaks in this mode, in a stable order; empty when it may be sent.
     *
     * @param mode {@code null} means {@link ValidationMode#lenient}
     */
    public List<Violation> check(VideoRequest request, ValidationMode mode) {
        return check(request, mode, Set.of());
    }

    /**
     * The rules the request breaks in this mode for a provider that takes more aspect ratios than the shared set.
     *
     * @param mode        {@code null} means {@link ValidationMode#lenient}
     * @param extraRatios the provider's ratios beyond the shared set, e.g. {@code keep_ratio}
     */
    public List<Violation> check(VideoRequest request, ValidationMode mode, Set<String> extraRatios) {
        Objects.requireNonNull(request, "request");
        ValidationMode effective = mode == null ? ValidationMode.lenient : mode;
        if (effective == ValidationMode.off) {
            return List.of();
        }
        Violations violations = new Violations();
        Optional<ModelSpec> spec = lookUpModel(request.model(), effective, violations);
        GeneralRules.check(request, extraRatios, violations);
        spec.ifPresent(s -> ModelRules.check(request, s, request.model().trim(), violations));
        return violations.list();
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
                        + " (use validation mode lenient for endpoint ids and newer models)");
            } else {
                warnUnknown(model.trim());
            }
        }
        return spec;
    }

    // new models appear monthly, so lenient mode lets them through; one warning per id keeps busy logs readable
    private void warnUnknown(String model) {
        if (warnedModels.size() < MAX_WARNED_MODELS && warnedModels.add(model)) {
            LOG.warn("Seedance model {} is not in the model catalog: only the model-independent rules are checked,"
                    + " the provider judges the rest. Add it to the catalog, or use validation mode strict to"
                    + " reject unknown models.", model);
        } else {
            LOG.debug("Seedance model {} is not in the model catalog", model);
        }
    }
}
