package io.camelseedance.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Seedance models this version knows, and what each accepts. The capabilities are data
 * ({@code io/camelseedance/catalog/models.json}) rather than code because the provider adds and retires models
 * monthly: a new model, or a catalog of your own, is one JSON entry.
 * <p>
 * Immutable and thread-safe.
 */
public final class ModelCatalog {

    static final String RESOURCE = "models.json";

    private final List<ModelSpec> models;
    private final Map<String, ModelSpec> byId;

    private ModelCatalog(Collection<ModelSpec> models) {
        this.models = List.copyOf(models);
        Map<String, ModelSpec> index = new LinkedHashMap<>();
        for (ModelSpec spec : this.models) {
            for (String id : spec.ids()) {
                ModelSpec clash = index.putIfAbsent(id, spec);
                if (clash != null) {
                    throw new IllegalArgumentException("invalid model catalog: model id " + id + " is listed twice");
                }
            }
        }
        // insertion order keeps the ids listed in messages in catalog order
        this.byId = Collections.unmodifiableMap(index);
    }

    /** A catalog of the given models; ids and aliases must be unique. */
    public static ModelCatalog of(Collection<ModelSpec> models) {
        return new ModelCatalog(models);
    }

    /** The catalog shipped in this jar, read once. */
    public static ModelCatalog defaultCatalog() {
        return Shipped.CATALOG;
    }

    /**
     * Reads a catalog in the shipped format: {@code {"models": [ {...}, ... ]}}. The stream is not closed.
     *
     * @throws IllegalArgumentException when the document is not a valid catalog (unknown or missing properties
     *                                  included, so a typo cannot silently turn a capability off)
     * @throws UncheckedIOException     when the stream cannot be read
     */
    public static ModelCatalog load(InputStream in) {
        ObjectMapper mapper = new ObjectMapper();
        try {
            JsonNode models = mapper.readTree(in).path("models");
            if (!models.isArray()) {
                throw new IllegalArgumentException("invalid model catalog: a \"models\" array is required");
            }
            List<ModelSpec> specs = mapper.readerForListOf(ModelSpec.class).readValue(models);
            return new ModelCatalog(specs);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("invalid model catalog: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the model catalog", e);
        }
    }

    /**
     * This catalog with {@code overlay}'s models merged over it, as a user's catalog extends the shipped one: a model
     * sharing its id or an alias with one of these replaces it, in its place (an override, or a new alias: the
     * overlay's entry lists every id it answers to); every other overlay model is added at the end.
     */
    public ModelCatalog mergedWith(ModelCatalog overlay) {
        List<ModelSpec> merged = new ArrayList<>();
        List<ModelSpec> added = new ArrayList<>(overlay.models);
        for (ModelSpec own : models) {
            Optional<ModelSpec> replacement = overlay.models.stream()
                    .filter(spec -> spec.ids().stream().anyMatch(own.ids()::contains)).findFirst();
            if (replacement.isEmpty()) {
                merged.add(own);
            } else if (added.remove(replacement.get())) {
                merged.add(replacement.get());
            }
        }
        merged.addAll(added);
        return new ModelCatalog(merged);
    }

    /** The model answering to this id or alias; empty for unknown ids, endpoint ids ({@code ep-...}) and null. */
    public Optional<ModelSpec> find(String modelId) {
        return modelId == null ? Optional.empty() : Optional.ofNullable(byId.get(modelId.trim()));
    }

    /** The models in catalog order. */
    public List<ModelSpec> models() {
        return models;
    }

    /** Every id and alias the catalog answers to. */
    public Set<String> modelIds() {
        return byId.keySet();
    }

    // holder idiom: the shipped catalog is parsed on first use, not when the class loads for a custom catalog
    private static final class Shipped {
        static final ModelCatalog CATALOG = readShipped();

        private static ModelCatalog readShipped() {
            try (InputStream in = ModelCatalog.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("model catalog resource " + RESOURCE + " is missing from the jar");
                }
                return load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the model catalog resource " + RESOURCE, e);
            }
        }
    }
}
