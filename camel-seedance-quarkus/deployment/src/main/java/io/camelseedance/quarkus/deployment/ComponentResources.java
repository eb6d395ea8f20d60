package io.camelseedance.quarkus.deployment;

import java.util.ArrayList;
import java.util.List;

import io.quarkus.maven.dependency.ResolvedDependency;

/**
 * The resources the component loads at run time: the model catalog, its Kamelets (found by the Kamelet component
 * under {@code kamelets/}) and its option metadata (read by Camel's catalog, e.g. for the dev console).
 */
final class ComponentResources {

    static final String MODEL_CATALOG = "io/camelseedance/catalog/models.json";

    private ComponentResources() {
    }

    static boolean isRuntimeResource(String path) {
        return path.equals(MODEL_CATALOG) || path.matches("kamelets/[^/]+\\.kamelet\\.yaml")
                || path.matches("META-INF/io/camelseedance/component/[^/]+\\.json");
    }

    static List<String> find(ResolvedDependency component) {
        List<String> found = new ArrayList<>();
        component.getContentTree().walk(visit -> {
            String path = visit.getRelativePath("/");
            if (isRuntimeResource(path)) {
                found.add(path);
            }
        });
        if (!found.contains(MODEL_CATALOG)) {
            throw new IllegalStateException(MODEL_CATALOG + " is missing from " + component.toCompactCoords());
        }
        return found;
    }
}
