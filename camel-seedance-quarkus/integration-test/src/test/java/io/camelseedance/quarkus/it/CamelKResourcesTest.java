package io.camelseedance.quarkus.it;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.apache.camel.util.StringHelper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Camel K resources the docs ship (docs/camel-k/*.yaml and the YAML blocks of docs/camel-k.md), checked against the
 * component: each Pipe's seedance Kamelets exist in the component's jar, sit where their type allows, get only
 * properties they declare and every one they require; the secret and trait properties name real component options.
 */
class CamelKResourcesTest {

    private static final Path DOCS = Path.of("../../docs");
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Pattern YAML_BLOCK = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern COMPONENT_PROPERTY = Pattern.compile("camel\\.component\\.seedance\\.([a-z-]+)");

    @Test
    void shipsTheSecretAndThePipes() throws IOException {
        List<JsonNode> resources = resources();
        assertThat(kinds(resources)).contains("Secret", "Pipe");
        assertThat(resources).filteredOn(r -> r.path("kind").asText().equals("Pipe"))
                .anySatisfy(pipe -> assertThat(kameletNames(pipe)).contains("seedance-video-source", "aws-s3-sink"))
                .anySatisfy(pipe -> assertThat(kameletNames(pipe)).contains("seedance-generate-action"));
    }

    @Test
    void everyPipeUsesTheSeedanceKameletsAsTheyAreDeclared() throws IOException {
        for (JsonNode pipe : pipes()) {
            String name = pipe.path("metadata").path("name").asText();
            assertThat(pipe.path("apiVersion").asText()).as(name).isEqualTo("camel.apache.org/v1");
            checkEndpoint(name, pipe.path("spec").path("source"), "source");
            pipe.path("spec").path("steps").forEach(step -> checkEndpoint(name, step, "action"));
            checkEndpoint(name, pipe.path("spec").path("sink"), "sink");
        }
    }

    @Test
    void secretsAndTraitsNameOptionsOfTheComponent() throws IOException {
        Set<String> options = componentOptions();
        Set<String> secrets = new HashSet<>();
        List<String> named = new ArrayList<>();
        for (JsonNode resource : resources()) {
            if (resource.path("kind").asText().equals("Secret")) {
                secrets.add(resource.path("metadata").path("name").asText());
                resource.path("stringData").forEach(file -> named.addAll(componentProperties(file.asText())));
            } else if (resource.path("kind").asText().equals("Pipe")) {
                resource.path("metadata").path("annotations")
                        .forEach(a -> named.addAll(componentProperties(a.asText())));
            }
        }
        assertThat(named).contains("api-key", "callback-token", "callback-base-url");
        assertThat(named).allSatisfy(option -> assertThat(options).contains(option));
        for (JsonNode pipe : pipes()) {
            String mounted = pipe.path("metadata").path("annotations").path("trait.camel.apache.org/mount.configs")
                    .asText();
            assertThat(mounted).as("the secret the Pipe mounts").isIn(
                    secrets.stream().map(s -> "secret:" + s).toList());
        }
    }

    private static void checkEndpoint(String pipe, JsonNode endpoint, String position) {
        JsonNode ref = endpoint.path("ref");
        String kamelet = ref.path("name").asText();
        assertThat(ref.path("kind").asText()).as(pipe + " " + position).isEqualTo("Kamelet");
        if (!kamelet.startsWith("seedance-")) {
            return; // the catalog's Kamelets (aws-s3-*) are not on this machine to check against
        }
        JsonNode definition = kamelet(kamelet);
        assertThat(definition.path("metadata").path("labels").path("camel.apache.org/kamelet.type").asText())
                .as(kamelet + " as the " + position + " of " + pipe).isEqualTo(position);
        JsonNode declared = definition.path("spec").path("definition").path("properties");
        endpoint.path("properties").fieldNames().forEachRemaining(property -> assertThat(declared.has(property))
                .as(pipe + ": " + kamelet + " declares " + property).isTrue());
        definition.path("spec").path("definition").path("required").forEach(required -> assertThat(
                endpoint.path("properties").has(required.asText()))
                .as(pipe + " sets " + kamelet + "'s required " + required.asText()).isTrue());
    }

    private static JsonNode kamelet(String name) {
        try (InputStream in = CamelKResourcesTest.class.getClassLoader()
                .getResourceAsStream("kamelets/" + name + ".kamelet.yaml")) {
            assertThat(in).as("the Kamelet " + name + " in the component's jar").isNotNull();
            return YAML.readTree(in);
        } catch (IOException e) {
            throw new AssertionError("Cannot read the Kamelet " + name, e);
        }
    }

    private static Set<String> componentOptions() throws IOException {
        try (InputStream in = CamelKResourcesTest.class.getClassLoader()
                .getResourceAsStream("META-INF/io/camelseedance/component/seedance.json")) {
            Set<String> options = new HashSet<>();
            new ObjectMapper().readTree(in).path("componentProperties").fieldNames()
                    .forEachRemaining(o -> options.add(StringHelper.camelCaseToDash(o)));
            return options;
        }
    }

    private static List<String> componentProperties(String text) {
        List<String> names = new ArrayList<>();
        Matcher m = COMPONENT_PROPERTY.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static List<JsonNode> pipes() throws IOException {
        return resources().stream().filter(r -> r.path("kind").asText().equals("Pipe")).toList();
    }

    private static List<String> kinds(List<JsonNode> resources) {
        return resources.stream().map(r -> r.path("kind").asText()).toList();
    }

    private static List<String> kameletNames(JsonNode pipe) {
        List<String> names = new ArrayList<>();
        names.add(pipe.path("spec").path("source").path("ref").path("name").asText());
        pipe.path("spec").path("steps").forEach(s -> names.add(s.path("ref").path("name").asText()));
        names.add(pipe.path("spec").path("sink").path("ref").path("name").asText());
        return names;
    }

    /** Every resource of docs/camel-k/*.yaml and of the YAML blocks of docs/camel-k.md that is a Kubernetes one. */
    private static List<JsonNode> resources() throws IOException {
        List<String> documents = new ArrayList<>();
        try (Stream<Path> files = Files.list(DOCS.resolve("camel-k"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                documents.add(Files.readString(file));
            }
        }
        Matcher blocks = YAML_BLOCK.matcher(Files.readString(DOCS.resolve("camel-k.md")));
        while (blocks.find()) {
            documents.add(blocks.group(1));
        }
        List<JsonNode> resources = new ArrayList<>();
        for (String document : documents) {
            YAML.readValues(YAML.createParser(document), JsonNode.class).readAll().stream()
                    .filter(r -> r.has("apiVersion") && r.has("kind")).forEach(resources::add);
        }
        assertThat(resources).isNotEmpty();
        return resources;
    }
}
