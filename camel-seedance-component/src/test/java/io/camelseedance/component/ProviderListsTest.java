package io.camelseedance.component;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.apache.camel.spi.UriParam;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.camelseedance.provider.ProviderDescriptor;
import io.camelseedance.provider.Providers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every list of providers outside the registry agrees with the providers the component ships, the ones its
 * {@code META-INF/services} file names (a provider registered in test scope only is left out): the {@code provider}
 * option's values and description (and so the generated component JSON), the three Kamelets, and the provider tables
 * of the component page, the README and {@code docs/providers.md}. Changing a provider's id, or adding one, fails
 * here until every list follows. The tables are rendered from the registry:
 * {@code ./mvnw -pl camel-seedance-component -am test -Dtest=ProviderListsTest -Dsurefire.failIfNoSpecifiedTests=false -Dseedance.render=true}
 * rewrites them.
 */
class ProviderListsTest {

    private static final Path SERVICES = Path
            .of("src/main/resources/META-INF/services/" + ProviderDescriptor.class.getName());
    private static final Path KAMELETS = Path.of("src/main/resources/kamelets");
    private static final Path PAGE = Path.of("src/main/docs/seedance-component.adoc");
    private static final Path README = Path.of("../README.md");
    private static final Path PROVIDERS_DOC = Path.of("../docs/providers.md");
    private static final boolean RENDER = Boolean.getBoolean("seedance.render");

    /** The providers the component's own service file registers, in its order. */
    static List<ProviderDescriptor> shipped() throws IOException {
        Map<String, ProviderDescriptor> byClass = Providers.all().stream()
                .collect(Collectors.toMap(p -> p.getClass().getName(), Function.identity()));
        return Files.readAllLines(SERVICES).stream().map(String::trim)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(name -> {
                    assertThat(byClass).as("registered provider classes").containsKey(name);
                    return byClass.get(name);
                })
                .toList();
    }

    private static List<String> ids() throws IOException {
        return shipped().stream().map(ProviderDescriptor::id).toList();
    }

    @Test
    void theProviderOptionTakesExactlyTheRegisteredIds() throws Exception {
        UriParam param = SeedanceConfiguration.class.getDeclaredField("provider").getAnnotation(UriParam.class);

        assertThat(List.of(param.enums().split(","))).isEqualTo(ids());
        assertThat(ids()).contains(param.defaultValue(), Providers.DEFAULT);
        assertThat(new SeedanceConfiguration().getProvider()).isEqualTo(Providers.DEFAULT);
    }

    @Test
    void theGeneratedComponentJsonListsAndDescribesEveryProvider() throws IOException {
        JsonNode model;
        try (InputStream in = getClass().getResourceAsStream(MetadataRenderer.JSON)) {
            model = new ObjectMapper().readTree(in);
        }
        for (String section : List.of("componentProperties", "properties")) {
            JsonNode option = model.path(section).path("provider");
            assertThat(strings(option.path("enum"))).as(section).isEqualTo(ids());
            assertNamesEachProvider(section + " description", option.path("description").asText());
        }
    }

    static Stream<Path> kamelets() throws IOException {
        return Files.list(KAMELETS).filter(f -> f.toString().endsWith(".kamelet.yaml")).sorted();
    }

    @ParameterizedTest
    @MethodSource("kamelets")
    void eachKameletOffersAndDescribesEveryProvider(Path kamelet) throws IOException {
        JsonNode provider = new ObjectMapper(new YAMLFactory()).readTree(kamelet.toFile())
                .path("spec").path("definition").path("properties").path("provider");

        assertThat(strings(provider.path("enum"))).isEqualTo(ids());
        assertThat(provider.path("default").asText()).isEqualTo(Providers.DEFAULT);
        assertNamesEachProvider(kamelet.getFileName().toString(), provider.path("description").asText());
    }

    @Test
    void theComponentPageOpensWithEveryProviderAndTablesThem() throws IOException {
        String page = Files.readString(PAGE);
        String opening = page.substring(page.indexOf("The Seedance component generates"));
        opening = opening.substring(0, opening.indexOf("\n\n"));
        for (ProviderDescriptor p : shipped()) {
            assertThat(opening.toLowerCase(Locale.ROOT)).as("the page's opening paragraph")
                    .contains(p.displayName().toLowerCase(Locale.ROOT));
        }
        assertRendered(PAGE, "// providers: START\n", "// providers: END\n", ProviderTables.asciidoc(shipped()));
    }

    @Test
    void theReadmeTablesEveryProvider() throws IOException {
        assertRendered(README, "<!-- providers: START -->\n", "<!-- providers: END -->\n",
                ProviderTables.markdown(shipped()));
    }

    @Test
    void theProvidersDocTablesEveryProviderAndHasASectionForEach() throws IOException {
        assertRendered(PROVIDERS_DOC, "<!-- providers: START -->\n", "<!-- providers: END -->\n",
                ProviderTables.markdown(shipped()));
        List<String> headings = Files.readAllLines(PROVIDERS_DOC).stream().filter(l -> l.startsWith("## ")).toList();
        for (String id : ids()) {
            assertThat(headings).as("a section of %s about %s", PROVIDERS_DOC, id)
                    .anyMatch(h -> h.contains("`" + id + "`") || h.contains("provider=" + id + "`"));
        }
    }

    /** The text names each provider as {@code id (Display name...}. */
    private static void assertNamesEachProvider(String where, String text) throws IOException {
        for (ProviderDescriptor p : shipped()) {
            assertThat(text.toLowerCase(Locale.ROOT)).as(where)
                    .contains((p.id() + " (" + p.displayName()).toLowerCase(Locale.ROOT));
        }
    }

    /** The part of the file between the markers is the rendered text; in render mode it is made so. */
    private static void assertRendered(Path file, String start, String end, String rendered) throws IOException {
        String text = Files.readString(file);
        int from = text.indexOf(start);
        int to = text.indexOf(end);
        assertThat(from).as("%s has the marker %s", file, start.trim()).isNotNegative();
        assertThat(to).as("%s has the marker %s", file, end.trim()).isGreaterThan(from);
        String updated = text.substring(0, from + start.length()) + rendered + text.substring(to);
        if (RENDER) {
            Files.writeString(file, updated, StandardCharsets.UTF_8);
            return;
        }
        assertThat(text).as("%s is stale: render it again (see this test's javadoc)", file).isEqualTo(updated);
    }

    private static List<String> strings(JsonNode array) {
        assertThat(array.isArray()).as("an enum list").isTrue();
        return Stream.of(array).flatMap(a -> a.valueStream()).map(JsonNode::asText).toList();
    }
}
