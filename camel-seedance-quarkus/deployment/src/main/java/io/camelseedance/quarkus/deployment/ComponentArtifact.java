package io.camelseedance.quarkus.deployment;

import io.quarkus.deployment.pkg.builditem.CurateOutcomeBuildItem;
import io.quarkus.maven.dependency.ResolvedDependency;

/** The component's jar among the application's dependencies. */
final class ComponentArtifact {

    static final String GROUP_ID = "io.camelseedance";
    static final String ARTIFACT_ID = "camel-seedance";

    private ComponentArtifact() {
    }

    static ResolvedDependency in(CurateOutcomeBuildItem curate) {
        return curate.getApplicationModel().getRuntimeDependencies().stream()
                .filter(d -> GROUP_ID.equals(d.getGroupId()) && ARTIFACT_ID.equals(d.getArtifactId())).findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        GROUP_ID + ":" + ARTIFACT_ID + " is not among the application's runtime dependencies"));
    }
}
