package io.camelseedance.component;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Endpoint DSL builder and the option tables of the component page are rendered from the generated component
 * JSON. When an option or header changes, this test fails until they are rendered again:
 * {@code ./mvnw -pl camel-seedance-component test -Dtest=GeneratedFilesUpToDateTest -Dseedance.render=true}.
 */
class GeneratedFilesUpToDateTest {

    private static final Path DSL = Path
            .of("src/generated/java/io/camelseedance/dsl/SeedanceEndpointBuilderFactory.java");
    private static final Path DOC = Path.of("src/main/docs/seedance-component.adoc");
    private static final String START = "// component options: START\n";
    private static final String END = "// component options: END\n";
    private static final boolean RENDER = Boolean.getBoolean("seedance.render");

    private final MetadataRenderer renderer = new MetadataRenderer();

    GeneratedFilesUpToDateTest() throws IOException {
    }

    @Test
    void endpointDslMatchesTheComponentOptions() throws IOException {
        String rendered = renderer.endpointDsl();
        if (RENDER) {
            Files.writeString(DSL, rendered, StandardCharsets.UTF_8);
            return;
        }
        assertThat(Files.readString(DSL)).as("%s is stale: render it again (see this test's javadoc)", DSL)
                .isEqualTo(rendered);
    }

    @Test
    void componentPageListsEveryOptionAndHeader() throws IOException {
        String page = Files.readString(DOC);
        int start = page.indexOf(START);
        int end = page.indexOf(END);
        assertThat(start).as("%s has the option markers", DOC).isNotNegative();
        assertThat(end).isGreaterThan(start);
        String updated = page.substring(0, start + START.length()) + renderer.optionTables() + page.substring(end);
        if (RENDER) {
            Files.writeString(DOC, updated, StandardCharsets.UTF_8);
            return;
        }
        assertThat(page).as("%s is stale: render it again (see this test's javadoc)", DOC).isEqualTo(updated);
    }
}
