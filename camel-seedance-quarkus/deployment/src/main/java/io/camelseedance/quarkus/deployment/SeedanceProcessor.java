package io.camelseedance.quarkus.deployment;

import java.util.List;

import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.builditem.ApplicationArchivesBuildItem;
import io.quarkus.deployment.builditem.CombinedIndexBuildItem;
import io.quarkus.deployment.builditem.FeatureBuildItem;
import io.quarkus.deployment.builditem.IndexDependencyBuildItem;
import io.quarkus.deployment.builditem.nativeimage.NativeImageResourceBuildItem;
import io.quarkus.deployment.builditem.nativeimage.ReflectiveClassBuildItem;
import io.quarkus.deployment.builditem.nativeimage.ServiceProviderBuildItem;
import io.quarkus.deployment.pkg.builditem.CurateOutcomeBuildItem;
import org.apache.camel.quarkus.core.deployment.spi.CamelServiceDestination;
import org.apache.camel.quarkus.core.deployment.spi.CamelServicePatternBuildItem;

/**
 * The build steps of the seedance extension: what a native image of a Camel Quarkus application needs to run the
 * component. In JVM mode they change nothing; Camel Quarkus binds {@code camel.component.seedance.*} itself.
 */
class SeedanceProcessor {

    static final String FEATURE = "camel-seedance";

    @BuildStep
    FeatureBuildItem feature() {
        return new FeatureBuildItem(FEATURE);
    }

    /** The component jar is not a bean archive: index it so the Jackson-bound classes can be found in it. */
    @BuildStep
    IndexDependencyBuildItem indexComponent() {
        return new IndexDependencyBuildItem(ComponentArtifact.GROUP_ID, ComponentArtifact.ARTIFACT_ID);
    }

    @BuildStep
    ReflectiveClassBuildItem jacksonBoundClasses(CombinedIndexBuildItem index) {
        // records: Jackson reads their accessors and calls their canonical constructor
        return ReflectiveClassBuildItem.builder(JacksonBoundClasses.find(index.getIndex())).constructors().methods()
                .fields().reason(FEATURE + ": read and written by Jackson").build();
    }

    @BuildStep
    NativeImageResourceBuildItem componentResources(CurateOutcomeBuildItem curate) {
        return new NativeImageResourceBuildItem(ComponentResources.find(ComponentArtifact.in(curate)));
    }

    /** Java service files of the component (and of anything that extends it), whatever their interface. */
    @BuildStep
    void serviceFiles(ApplicationArchivesBuildItem archives, CurateOutcomeBuildItem curate,
            BuildProducer<ServiceProviderBuildItem> services) {
        for (String service : ServiceFiles.find(archives.getRootArchive(),
                curate.getApplicationModel().getRuntimeDependencies())) {
            services.produce(ServiceProviderBuildItem.allProvidersFromClassPath(service));
        }
    }

    /**
     * Camel Quarkus core registers the component, configurer and URI factory files (what the Endpoint DSL and the
     * property binding use), not those of dev consoles.
     */
    @BuildStep
    CamelServicePatternBuildItem devConsole() {
        return new CamelServicePatternBuildItem(CamelServiceDestination.DISCOVERY, true,
                List.of("META-INF/services/org/apache/camel/dev-console/seedance"));
    }
}
