package io.camelseedance.springboot.metadata;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.camel.util.StringHelper;

/**
 * Writes the starter's {@code META-INF/spring-configuration-metadata.json} (what IDEs complete
 * {@code camel.component.seedance.*} from) out of the component's own option metadata, the component JSON that Camel's
 * generator writes from the options' javadoc: every component option with its type, description, default and allowed
 * values. Run by the build (exec-maven-plugin, process-classes); not part of the starter's jar.
 */
public final class ConfigurationMetadataGenerator {

    /** The component JSON inside the component's jar. */
    public static final String COMPONENT_JSON = "META-INF/io/camelseedance/component/seedance.json";
    public static final String METADATA = "META-INF/spring-configuration-metadata.json";
    public static final String PREFIX = "camel.component.seedance";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Map<String, String> BOXED = Map.of("boolean", "java.lang.Boolean", "int", "java.lang.Integer",
            "long", "java.lang.Long", "double", "java.lang.Double", "float", "java.lang.Float");

    private ConfigurationMetadataGenerator() {
    }

    /** @param args the classes directory to write the metadata under */
    public static void main(String[] args) throws IOException {
        Path target = Path.of(args[0]).resolve(METADATA);
        Files.createDirectories(target.getParent());
        Files.write(target, JSON.writeValueAsBytes(generate(readComponentJson())));
    }

    public static JsonNode readComponentJson() throws IOException {
        try (InputStream in = ConfigurationMetadataGenerator.class.getClassLoader()
                .getResourceAsStream(COMPONENT_JSON)) {
            if (in == null) {
                throw new IOException(COMPONENT_JSON + " is not on the classpath: is camel-seedance a dependency?");
            }
            return JSON.readTree(in);
        }
    }

    /** The property name of a component option, e.g. {@code camel.component.seedance.api-key}. */
    public static String propertyName(String option) {
        return PREFIX + "." + StringHelper.camelCaseToDash(option);
    }

    static ObjectNode generate(JsonNode componentJson) {
        JsonNode component = componentJson.path("component");
        ObjectNode metadata = JSON.createObjectNode();
        metadata.putArray("groups").addObject().put("name", PREFIX).put("type", component.path("javaType").asText())
                .put("description", component.path("description").asText())
                .put("sourceType", component.path("javaType").asText());
        ArrayNode properties = metadata.putArray("properties");
        ArrayNode hints = metadata.putArray("hints");
        properties.addObject().put("name", PREFIX + ".enabled").put("type", "java.lang.Boolean")
                .put("description", "Whether to enable auto configuration of the seedance component.")
                .put("defaultValue", true);
        for (Iterator<Map.Entry<String, JsonNode>> it = componentJson.path("componentProperties").fields(); it
                .hasNext();) {
            Map.Entry<String, JsonNode> option = it.next();
            addOption(option.getKey(), option.getValue(), component.path("javaType").asText(), properties, hints);
        }
        return metadata;
    }

    /** The component JSON writes some numbers as text; the metadata types them. */
    private static JsonNode defaultValue(JsonNode value, String type) {
        if (value.isTextual() && (type.equals("java.lang.Long") || type.equals("java.lang.Integer"))) {
            return JSON.getNodeFactory().numberNode(Long.parseLong(value.asText()));
        }
        return value;
    }

    private static void addOption(String name, JsonNode option, String sourceType, ArrayNode properties,
            ArrayNode hints) {
        String type = option.path("javaType").asText();
        ObjectNode property = properties.addObject().put("name", propertyName(name))
                .put("type", BOXED.getOrDefault(type, type)).put("description", option.path("description").asText())
                .put("sourceType", sourceType);
        if (option.has("defaultValue")) {
            property.set("defaultValue", defaultValue(option.get("defaultValue"), property.get("type").asText()));
        }
        if (option.path("deprecated").asBoolean()) {
            property.putObject("deprecation").put("level", "warning");
        }
        if (option.has("enum")) {
            ArrayNode values = hints.addObject().put("name", propertyName(name)).putArray("values");
            option.get("enum").forEach(value -> values.addObject().put("value", value.asText()));
        }
    }
}
