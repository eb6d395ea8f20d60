package io.camelseedance.component;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Renders what Camel's own build generates for in-tree components but not for third-party ones: the Endpoint DSL
 * builder and the option tables of the component page. Both are derived from the generated {@code seedance.json}, so
 * they cannot drift from the options in the code.
 */
final class MetadataRenderer {

    static final String JSON = "/META-INF/io/camelseedance/component/seedance.json";

    private final JsonNode model;

    MetadataRenderer() throws IOException {
        try (InputStream in = MetadataRenderer.class.getResourceAsStream(JSON)) {
            model = new ObjectMapper().readTree(in);
        }
    }

    String endpointDsl() {
        List<Map.Entry<String, JsonNode>> basic = new ArrayList<>();
        List<Map.Entry<String, JsonNode>> advanced = new ArrayList<>();
        for (Map.Entry<String, JsonNode> p : model.get("properties").properties()) {
            if (!"path".equals(p.getValue().get("kind").asText())) {
                (isAdvanced(p.getValue()) ? advanced : basic).add(p);
            }
        }
        StringBuilder s = new StringBuilder();
        s.append("""
                package io.camelseedance.dsl;

                import java.util.Map;

                import org.apache.camel.builder.EndpointConsumerBuilder;
                import org.apache.camel.builder.EndpointProducerBuilder;
                import org.apache.camel.builder.endpoint.AbstractEndpointBuilder;

                /**
                 * Endpoint DSL builder of the seedance component, for routes written with {@code EndpointRouteBuilder}:
                 * {@code class MyRoutes extends EndpointRouteBuilder implements SeedanceEndpointBuilderFactory.SeedanceBuilders}.
                 * <p>
                 * Rendered from seedance.json by MetadataRenderer (a test keeps it up to date); do not edit by hand.
                 */
                public interface SeedanceEndpointBuilderFactory {

                    /** The basic options of a seedance endpoint, to send to or consume from. */
                    interface SeedanceEndpointBuilder extends EndpointConsumerBuilder, EndpointProducerBuilder {

                        default AdvancedSeedanceEndpointBuilder advanced() {
                            return (AdvancedSeedanceEndpointBuilder) this;
                        }
                """);
        basic.forEach(p -> options(s, p, "SeedanceEndpointBuilder"));
        s.append("""
                    }

                    /** The advanced options of a seedance endpoint. */
                    interface AdvancedSeedanceEndpointBuilder extends EndpointConsumerBuilder, EndpointProducerBuilder {

                        default SeedanceEndpointBuilder basic() {
                            return (SeedanceEndpointBuilder) this;
                        }
                """);
        advanced.forEach(p -> options(s, p, "AdvancedSeedanceEndpointBuilder"));
        s.append("""
                    }

                    /** Mix into an {@code EndpointRouteBuilder} to get {@code seedance(...)}. */
                    interface SeedanceBuilders {

                        /**
                         * A seedance endpoint.
                         *
                         * @param path the operation: generate, task, tasks or cancel
                         */
                        default SeedanceEndpointBuilder seedance(String path) {
                            return SeedanceEndpointBuilderFactory.endpointBuilder("seedance", path);
                        }

                        /**
                         * A seedance endpoint under another component name.
                         *
                         * @param componentName the name the component is registered under
                         * @param path          the operation: generate, task, tasks or cancel
                         */
                        default SeedanceEndpointBuilder seedance(String componentName, String path) {
                            return SeedanceEndpointBuilderFactory.endpointBuilder(componentName, path);
                        }

                        /** The names of the seedance headers. */
                        default SeedanceHeaderNameBuilder seedance() {
                            return SeedanceHeaderNameBuilder.INSTANCE;
                        }
                    }

                    /** The names of the seedance headers, e.g. {@code seedance().seedanceTaskId()}. */
                    final class SeedanceHeaderNameBuilder {
                        private static final SeedanceHeaderNameBuilder INSTANCE = new SeedanceHeaderNameBuilder();
                """);
        for (Map.Entry<String, JsonNode> h : model.get("headers").properties()) {
            String name = h.getKey();
            String method = Character.toLowerCase(name.charAt(5)) + name.substring(6);
            s.append("\n        /** ").append(javadoc(h.getValue().get("description").asText())).append(" */\n")
                    .append("        public String ").append(method).append("() {\n")
                    .append("            return \"").append(name).append("\";\n        }\n");
        }
        s.append("""
                    }

                    static SeedanceEndpointBuilder endpointBuilder(String componentName, String path) {
                        class SeedanceEndpointBuilderImpl extends AbstractEndpointBuilder
                                implements SeedanceEndpointBuilder, AdvancedSeedanceEndpointBuilder {
                            SeedanceEndpointBuilderImpl(String path) {
                                super(componentName, path);
                            }
                        }
                        return new SeedanceEndpointBuilderImpl(path);
                    }
                }
                """);
        return s.toString();
    }

    private static boolean isAdvanced(JsonNode p) {
        return p.get("label").asText().contains("advanced");
    }

    private static void options(StringBuilder s, Map.Entry<String, JsonNode> option, String builder) {
        String name = option.getKey();
        JsonNode p = option.getValue();
        String javaType = p.get("javaType").asText().replace("java.lang.", "");
        String doc = javadoc(p.get("description").asText());
        if (p.path("multiValue").asBoolean()) {
            String prefix = p.get("prefix").asText();
            s.append("\n        /** ").append(doc).append(" */\n")
                    .append("        default ").append(builder).append(' ').append(name)
                    .append("(String key, Object value) {\n")
                    .append("            doSetMultiValueProperty(\"").append(name).append("\", \"").append(prefix)
                    .append("\" + key, value);\n            return this;\n        }\n");
            s.append("\n        /** ").append(doc).append(" */\n")
                    .append("        default ").append(builder).append(' ').append(name)
                    .append("(Map<String, Object> values) {\n")
                    .append("            doSetMultiValueProperties(\"").append(name).append("\", \"").append(prefix)
                    .append("\", values);\n            return this;\n        }\n");
            return;
        }
        setter(s, builder, name, javaType, doc);
        if (!"String".equals(javaType)) {
            // the text form takes property placeholders and, for beans, #references
            setter(s, builder, name, "String", doc);
        }
    }

    private static void setter(StringBuilder s, String builder, String name, String type, String doc) {
        s.append("\n        /** ").append(doc).append(" */\n")
                .append("        default ").append(builder).append(' ').append(name).append('(').append(type)
                .append(' ').append(name).append(") {\n")
                .append("            doSetProperty(\"").append(name).append("\", ").append(name).append(");\n")
                .append("            return this;\n        }\n");
    }

    private static String javadoc(String text) {
        return text.replace("*/", "*&#47;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The option and header tables of the component page (AsciiDoc). */
    String optionTables() {
        StringBuilder s = new StringBuilder();
        table(s, "Component options", "Set on the component (e.g. `camel.component.seedance.model=...`); every "
                + "endpoint copies them as its defaults.", model.get("componentProperties"));
        table(s, "Endpoint options", "Set in the URI or with the Endpoint DSL.", model.get("properties"));
        s.append("=== Message headers\n\n[width=\"100%\",cols=\"2,5,1\",options=\"header\"]\n|===\n"
                + "| Name | Description | Type\n");
        for (Map.Entry<String, JsonNode> h : model.get("headers").properties()) {
            s.append("| `").append(h.getKey()).append("` | ").append(cell(h.getValue().get("description").asText()))
                    .append(" | ").append(shortType(h.getValue().get("javaType").asText())).append('\n');
        }
        return s.append("|===\n").toString();
    }

    private static void table(StringBuilder s, String title, String intro, JsonNode options) {
        s.append("=== ").append(title).append("\n\n").append(intro).append("\n\n")
                .append("[width=\"100%\",cols=\"2,5,1,1\",options=\"header\"]\n|===\n")
                .append("| Name | Description | Default | Type\n");
        for (Map.Entry<String, JsonNode> o : options.properties()) {
            JsonNode p = o.getValue();
            s.append("| `").append(o.getKey()).append("` (").append(p.get("group").asText()).append(") | ")
                    .append(cell(p.get("description").asText()))
                    .append(p.path("secret").asBoolean() ? " _Secret: masked in logs._" : "")
                    .append(" | ").append(p.has("defaultValue") ? cell(p.get("defaultValue").asText()) : "")
                    .append(" | ").append(shortType(p.get("javaType").asText())).append('\n');
        }
        s.append("|===\n\n");
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    private static String shortType(String javaType) {
        return javaType.substring(javaType.lastIndexOf('.') + 1);
    }
}
