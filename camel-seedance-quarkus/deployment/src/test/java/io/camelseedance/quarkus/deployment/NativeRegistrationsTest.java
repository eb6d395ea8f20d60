package io.camelseedance.quarkus.deployment;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.quarkus.builder.BuildChainBuilder;
import io.quarkus.builder.BuildContext;
import io.quarkus.deployment.builditem.FeatureBuildItem;
import io.quarkus.deployment.builditem.nativeimage.NativeImageResourceBuildItem;
import io.quarkus.deployment.builditem.nativeimage.ReflectiveClassBuildItem;
import io.quarkus.deployment.builditem.nativeimage.ServiceProviderBuildItem;
import io.quarkus.deployment.pkg.builditem.ArtifactResultBuildItem;
import io.quarkus.test.QuarkusUnitTest;
import org.apache.camel.quarkus.core.deployment.spi.CamelServiceBuildItem;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelseedance.api.TaskError;
import io.camelseedance.api.TaskInfo;
import io.camelseedance.api.TaskSettings;
import io.camelseedance.api.TaskStatus;
import io.camelseedance.api.Usage;
import io.camelseedance.api.VideoOutput;
import io.camelseedance.api.VideoTask;
import io.camelseedance.catalog.ModelSpec;
import io.camelseedance.tracking.TrackedTask;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Builds a Camel Quarkus application with the extension and reads what its build steps hand to the native image
 * build: the feature, reflection, resources, service files. No native image is built; these are its inputs.
 */
class NativeRegistrationsTest {

    // The build runs in the test's class loader and the test methods in Quarkus's: system properties reach both.
    private static final String RECORD = "seedance.test.native.";

    @RegisterExtension
    static final QuarkusUnitTest APP = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(ServiceProbe.class, ServiceProbe.Impl.class)
                    .addAsResource(new StringAsset(ServiceProbe.Impl.class.getName() + "\n"),
                            "META-INF/services/" + ServiceProbe.class.getName()))
            .addBuildChainCustomizer(NativeRegistrationsTest::recordRegistrations);

    private static void recordRegistrations(BuildChainBuilder chain) {
        chain.addFinal(ArtifactResultBuildItem.class);
        chain.addBuildStep(NativeRegistrationsTest::record).consumes(FeatureBuildItem.class)
                .consumes(ReflectiveClassBuildItem.class).consumes(NativeImageResourceBuildItem.class)
                .consumes(ServiceProviderBuildItem.class).consumes(CamelServiceBuildItem.class)
                .produces(ArtifactResultBuildItem.class).build();
    }

    private static void record(BuildContext context) {
        save("features", context.consumeMulti(FeatureBuildItem.class).stream().map(FeatureBuildItem::getName));
        // only full registrations count: Jackson needs the constructors, accessors and fields of a record
        save("reflective", context.consumeMulti(ReflectiveClassBuildItem.class).stream()
                .filter(r -> r.isConstructors() && r.isMethods() && r.isFields())
                .flatMap(r -> r.getClassNames().stream()));
        save("resources", context.consumeMulti(NativeImageResourceBuildItem.class).stream()
                .flatMap(r -> r.getResources().stream()));
        save("services", context.consumeMulti(ServiceProviderBuildItem.class).stream()
                .flatMap(s -> s.providers().stream().map(p -> s.serviceDescriptorFile() + "=" + p)));
        save("camelServices", context.consumeMulti(CamelServiceBuildItem.class).stream()
                .map(s -> s.getPath().toString().replace('\\', '/')));
    }

    private static void save(String what, Stream<String> values) {
        System.setProperty(RECORD + what, values.collect(Collectors.joining("\n")));
    }

    private static Set<String> recorded(String what) {
        String values = System.getProperty(RECORD + what);
        assertThat(values).as("recorded " + what).isNotNull();
        return new HashSet<>(Arrays.asList(values.split("\n")));
    }

    @Test
    void announcesTheFeature() {
        assertThat(recorded("features")).contains(SeedanceProcessor.FEATURE);
    }

    @Test
    void registersTheTaskAndEveryTypeItCarries() {
        assertThat(recorded("reflective")).contains(VideoTask.class.getName(), VideoOutput.class.getName(),
                TaskError.class.getName(), Usage.class.getName(), TaskSettings.class.getName(),
                TaskInfo.class.getName(),
                TaskStatus.class.getName(), TrackedTask.class.getName(), ModelSpec.class.getName(),
                ModelSpec.AdaptiveRatio.class.getName());
    }

    @Test
    void includesTheModelCatalogAndTheKamelets() {
        assertThat(recorded("resources")).contains("io/camelseedance/catalog/models.json",
                "kamelets/seedance-generate-action.kamelet.yaml", "kamelets/seedance-video-sink.kamelet.yaml",
                "kamelets/seedance-video-source.kamelet.yaml", "META-INF/io/camelseedance/component/seedance.json");
    }

    @Test
    void registersJavaServiceFilesOfTheSeedanceNamespace() {
        assertThat(recorded("services"))
                .contains(
                        "META-INF/services/" + ServiceProbe.class.getName() + "=" + ServiceProbe.Impl.class.getName());
    }

    /** The configurers and URI factory that the Endpoint DSL and property binding use, and the dev console. */
    @Test
    void registersTheComponentsCamelServiceFiles() {
        assertThat(recorded("camelServices")).contains(
                "META-INF/services/org/apache/camel/configurer/seedance-component",
                "META-INF/services/org/apache/camel/configurer/seedance-endpoint",
                "META-INF/services/org/apache/camel/urifactory/seedance-endpoint",
                "META-INF/services/org/apache/camel/dev-console/seedance");
    }
}
