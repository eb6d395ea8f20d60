package io.camelseedance.kamelets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * The rules of the apache/camel-kamelets catalog validator, restated for one Kamelet file, plus the ones this project
 * adds for a third-party catalog: its own provider, its version in the catalog annotation and in the dependency on
 * its jar, and a dependency for every component the template calls.
 */
final class KameletRules {

    static final String SUFFIX = ".kamelet.yaml";
    private static final List<String> TYPES = List.of("source", "sink", "action");
    private static final String CREDENTIALS = "urn:camel:group:credentials";
    private static final String DEPRECATED_DESCRIPTOR = "urn:alm:descriptor:com.tectonic.ui";
    /** As the catalog validator finds parameters: {{name}}, {{?name}} and {{name:default}}. */
    private static final Pattern PARAMETER = Pattern.compile("\\{\\{[?]?([A-Za-z0-9-._]+)(?::[^}]*)?}}");
    /** Small words a title may leave in lower case, as the validator's stop-word list does. */
    private static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "as", "at", "by", "for", "from", "in",
            "into", "of", "on", "or", "per", "the", "to", "with");
    private static final String OUR_ARTIFACT = "mvn:io.camelseedance:camel-seedance:";

    private final Path file;
    private final JsonNode kamelet;
    private final String version;
    private final List<String> violations = new ArrayList<>();

    private KameletRules(Path file, JsonNode kamelet, String version) {
        this.file = file;
        this.kamelet = kamelet;
        this.version = version;
    }

    static JsonNode read(Path file) throws IOException {
        return new YAMLMapper().readTree(file.toFile());
    }

    /** Every rule {@code file} breaks, each as one sentence; empty when it keeps them all. */
    static List<String> check(Path file, String projectVersion) throws IOException {
        KameletRules rules = new KameletRules(file, read(file), projectVersion);
        rules.checkAll();
        return rules.violations;
    }

    private void checkAll() {
        String name = kamelet.path("metadata").path("name").asText();
        if (!file.getFileName().toString().equals(name + SUFFIX)) {
            fail("file " + file.getFileName() + " does not match metadata.name " + name);
        }
        if (!"camel.apache.org/v1".equals(kamelet.path("apiVersion").asText())
                || !"Kamelet".equals(kamelet.path("kind").asText())) {
            fail("is not a camel.apache.org/v1 Kamelet");
        }
        String type = kamelet.path("metadata").path("labels").path("camel.apache.org/kamelet.type").asText();
        if (!TYPES.contains(type)) {
            fail("label camel.apache.org/kamelet.type is '" + type + "', not one of " + TYPES);
        } else if (!name.endsWith("-" + type)) {
            fail("name " + name + " does not end with -" + type);
        }
        checkAnnotations();
        checkDefinition(type);
        checkTemplate(type);
        checkDependencies();
    }

    private void checkAnnotations() {
        JsonNode annotations = kamelet.path("metadata").path("annotations");
        String icon = annotations.path("camel.apache.org/kamelet.icon").asText();
        if (!icon.startsWith("data:image/svg+xml;base64,")) {
            fail("annotation camel.apache.org/kamelet.icon is not an SVG data URL");
        } else {
            String svg = new String(Base64.getDecoder().decode(icon.substring(icon.indexOf(',') + 1)),
                    StandardCharsets.UTF_8);
            if (!svg.contains("<svg")) {
                fail("annotation camel.apache.org/kamelet.icon does not hold an SVG");
            }
        }
        String provider = annotations.path("camel.apache.org/provider").asText();
        if (provider.isBlank() || provider.equals("Apache Software Foundation")) {
            fail("annotation camel.apache.org/provider must name this catalog's provider, not '" + provider + "'");
        }
        String catalogVersion = annotations.path("camel.apache.org/catalog.version").asText();
        if (!catalogVersion.equals(version)) {
            fail("annotation camel.apache.org/catalog.version is '" + catalogVersion + "', not the project version "
                    + version);
        }
    }

    private void checkDefinition(String type) {
        JsonNode definition = kamelet.path("spec").path("definition");
        String title = definition.path("title").asText();
        if (title.isBlank()) {
            fail("has no title");
        } else if (type.length() > 1 && !title.endsWith(Character.toUpperCase(type.charAt(0)) + type.substring(1))) {
            fail("title '" + title + "' does not end with the type");
        }
        if (definition.path("description").asText().isBlank()) {
            fail("has no description");
        }
        if (!"object".equals(definition.path("type").asText())) {
            fail("definition is not of type object");
        }
        JsonNode properties = definition.path("properties");
        Iterator<Map.Entry<String, JsonNode>> fields = properties.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            checkProperty(field.getKey(), field.getValue());
        }
        Set<String> required = new HashSet<>();
        for (JsonNode r : definition.path("required")) {
            if (!required.add(r.asText())) {
                fail("required property " + r.asText() + " is listed twice");
            }
            if (!properties.has(r.asText())) {
                fail("required property " + r.asText() + " is not defined");
            }
        }
    }

    private void checkProperty(String name, JsonNode property) {
        if (property.path("type").asText().isBlank()) {
            fail("property " + name + " has no type");
        }
        if (property.path("description").asText().isBlank()) {
            fail("property " + name + " has no description");
        }
        String title = property.path("title").asText();
        if (title.isBlank()) {
            fail("property " + name + " has no title");
        }
        for (String word : title.split(" ")) {
            if (!word.isEmpty() && !STOP_WORDS.contains(word.toLowerCase()) && Character.isLowerCase(word.charAt(0))) {
                fail("property " + name + " has the non-capitalised word '" + word + "' in its title");
            }
        }
        for (String article : List.of("The ", "A ", "An ")) {
            if (title.startsWith(article)) {
                fail("property " + name + " has a title starting with '" + article.trim() + "'");
            }
        }
        Set<String> descriptors = new HashSet<>();
        for (JsonNode d : property.path("x-descriptors")) {
            if (!descriptors.add(d.asText())) {
                fail("property " + name + " lists the x-descriptor " + d.asText() + " twice");
            }
            if (d.asText().startsWith(DEPRECATED_DESCRIPTOR)) {
                fail("property " + name + " uses the deprecated x-descriptor " + d.asText());
            }
        }
        if ("password".equals(property.path("format").asText()) && !descriptors.contains(CREDENTIALS)) {
            fail("property " + name + " has format password but not the descriptor " + CREDENTIALS);
        }
    }

    private void checkTemplate(String type) {
        JsonNode template = kamelet.path("spec").path("template");
        if (template.isMissingNode()) {
            fail("has no template");
            return;
        }
        String text = template.toString();
        if (type.equals("source") && !text.contains("kamelet:sink")) {
            fail("is a source but does not route to kamelet:sink");
        }
        if (type.equals("sink") && !text.contains("kamelet:source")) {
            fail("is a sink but does not consume from kamelet:source");
        }
        Set<String> used = new TreeSet<>();
        collectParameters(template, used);
        Set<String> declared = new TreeSet<>();
        kamelet.path("spec").path("definition").path("properties").fieldNames().forEachRemaining(declared::add);
        for (String p : used) {
            if (!declared.contains(p)) {
                fail("parameter " + p + " is used in the template but not declared");
            }
        }
        for (String p : declared) {
            if (!used.contains(p)) {
                fail("parameter " + p + " is declared but never used");
            }
        }
    }

    private static void collectParameters(JsonNode node, Set<String> into) {
        if (node.isTextual()) {
            Matcher m = PARAMETER.matcher(node.asText());
            while (m.find()) {
                into.add(m.group(1));
            }
        }
        node.forEach(child -> collectParameters(child, into));
    }

    private void checkDependencies() {
        Set<String> dependencies = new TreeSet<>();
        for (JsonNode d : kamelet.path("spec").path("dependencies")) {
            String dependency = d.asText();
            dependencies.add(dependency);
            if (!dependency.startsWith("camel:") && !dependency.startsWith("mvn:")
                    && !dependency.startsWith("github:apache/")) {
                fail("dependency " + dependency + " is not a camel:, mvn:group:artifact:version or github:apache/ one");
            }
            if (dependency.startsWith(OUR_ARTIFACT) && !dependency.equals(OUR_ARTIFACT + version)) {
                fail("dependency " + dependency + " is not on this version, " + version);
            }
        }
        Set<String> needed = new TreeSet<>();
        collectSchemes(kamelet.path("spec").path("template"), needed);
        for (String scheme : needed) {
            String dependency = scheme.equals("seedance") ? OUR_ARTIFACT + version : "camel:" + scheme;
            if (!dependencies.contains(dependency)) {
                fail("the template uses " + scheme + ": but the dependencies lack " + dependency);
            }
        }
    }

    /** The components the template calls by a fixed URI, and the JSON data format it uses. */
    private static void collectSchemes(JsonNode node, Set<String> into) {
        node.fields().forEachRemaining(field -> {
            JsonNode value = field.getValue();
            if (value.isTextual() && List.of("uri", "to", "toD", "wireTap").contains(field.getKey())) {
                String uri = value.asText();
                int colon = uri.indexOf(':');
                if (colon > 0 && !uri.startsWith("$")) {
                    into.add(uri.substring(0, colon));
                }
            }
            if (field.getKey().equals("json") && "Jackson".equals(value.path("library").asText())) {
                into.add("jackson");
            }
            collectSchemes(value, into);
        });
        if (node.isArray()) {
            node.forEach(child -> collectSchemes(child, into));
        }
    }

    private void fail(String violation) {
        violations.add(file.getFileName() + ": " + violation);
    }
}
