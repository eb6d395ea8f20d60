package io.camelseedance.springboot;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import io.camelseedance.springboot.metadata.ConfigurationMetadataGenerator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter's spring-configuration-metadata.json, as the build wrote it, against the component's JSON in the
 * component's jar: every option of the component is there, with its description, default and allowed values.
 */
class ConfigurationMetadataTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void describesEveryOptionOfTheComponent() throws Exception {
        JsonNode component = ConfigurationMetadataGenerator.readComponentJson();
        Map<String, JsonNode> properties = byName(metadata().path("properties"));
        Map<String, JsonNode> hints = byName(metadata().path("hints"));

        assertThat(component.path("componentProperties").size()).isGreaterThan(50);
        component.path("componentProperties").properties().forEach(entry -> {
            String name = ConfigurationMetadataGenerator.propertyName(entry.getKey());
            JsonNode option = entry.getValue();
            assertThat(properties).as("metadata of " + name).containsKey(name);
            JsonNode property = properties.get(name);
            assertThat(property.path("description").asText()).isEqualTo(option.path("description").asText())
                    .isNotBlank();
            if (option.has("defaultValue")) {
                assertThat(property.path("defaultValue").asText()).as("default of " + name)
                        .isEqualTo(option.path("defaultValue").asText());
            }
            if (option.has("enum")) {
                assertThat(hints.get(name).path("values").findValuesAsText("value"))
                        .containsExactlyElementsOf(texts(option.path("enum")));
            }
        });
        assertThat(properties.get("camel.component.seedance.api-key").path("type").asText())
                .isEqualTo("java.lang.String");
        assertThat(properties.get("camel.component.seedance.max-retries").path("type").asText())
                .isEqualTo("java.lang.Integer");
    }

    private static JsonNode metadata() throws Exception {
        try (InputStream in = ConfigurationMetadataTest.class.getClassLoader()
                .getResourceAsStream(ConfigurationMetadataGenerator.METADATA)) {
            assertThat(in).as(ConfigurationMetadataGenerator.METADATA + " on the classpath").isNotNull();
            return JSON.readTree(in);
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(e -> texts.add(e.asText()));
        return texts;
    }

    private static Map<String, JsonNode> byName(JsonNode entries) {
        Map<String, JsonNode> byName = new HashMap<>();
        entries.forEach(e -> byName.put(e.path("name").asText(), e));
        return byName;
    }
}
