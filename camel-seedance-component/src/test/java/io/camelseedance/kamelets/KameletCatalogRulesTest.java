package io.camelseedance.kamelets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every Kamelet in the jar keeps the catalog's rules (see {@link KameletRules}). */
class KameletCatalogRulesTest {

    private static final Path KAMELETS = Path.of("src/main/resources/kamelets");
    private static final String VERSION = System.getProperty("project.version", "1.0.0-SNAPSHOT");

    static List<Path> kamelets() throws IOException {
        try (Stream<Path> files = Files.list(KAMELETS)) {
            return files.filter(f -> f.getFileName().toString().endsWith(KameletRules.SUFFIX)).sorted().toList();
        }
    }

    @Test
    void theJarCarriesTheThreeSeedanceKamelets() throws IOException {
        assertThat(kamelets()).extracting(p -> p.getFileName().toString()).containsExactly(
                "seedance-generate-action.kamelet.yaml", "seedance-video-sink.kamelet.yaml",
                "seedance-video-source.kamelet.yaml");
    }

    @ParameterizedTest
    @MethodSource("kamelets")
    void keepsTheCatalogRules(Path kamelet) throws IOException {
        assertThat(KameletRules.check(kamelet, VERSION)).isEmpty();
    }

    @Test
    void titlesAndDescriptionsAreUniqueAcrossTheCatalog() throws IOException {
        List<String> titles = new ArrayList<>();
        List<String> descriptions = new ArrayList<>();
        for (Path file : kamelets()) {
            JsonNode definition = KameletRules.read(file).path("spec").path("definition");
            titles.add(definition.path("title").asText());
            descriptions.add(definition.path("description").asText());
        }
        assertThat(titles).doesNotHaveDuplicates();
        assertThat(descriptions).doesNotHaveDuplicates();
    }

    @Test
    void theRulesCatchABrokenKamelet() throws IOException {
        List<String> violations = KameletRules.check(Path.of("src/test/resources/kamelets-broken/broken.kamelet.yaml"),
                VERSION);

        assertThat(violations).anySatisfy(v -> assertThat(v).contains("does not match metadata.name"))
                .anySatisfy(v -> assertThat(v).contains("does not end with -sink"))
                .anySatisfy(v -> assertThat(v).contains("title 'Broken Thing' does not end with the type"))
                .anySatisfy(v -> assertThat(v).contains("camel.apache.org/provider"))
                .anySatisfy(v -> assertThat(v).contains("catalog.version"))
                .anySatisfy(v -> assertThat(v).contains("property token has format password but not the descriptor"))
                .anySatisfy(v -> assertThat(v).contains("property size has no description"))
                .anySatisfy(v -> assertThat(v).contains("non-capitalised word 'size'"))
                .anySatisfy(v -> assertThat(v).contains("title starting with 'The'"))
                .anySatisfy(v -> assertThat(v).contains("required property missing is not defined"))
                .anySatisfy(v -> assertThat(v).contains("parameter unknown is used in the template but not declared"))
                .anySatisfy(v -> assertThat(v).contains("parameter size is declared but never used"))
                .anySatisfy(v -> assertThat(v).contains("is a sink but does not consume from kamelet:source"))
                .anySatisfy(v -> assertThat(v).contains("the dependencies lack camel:log"));
    }
}
