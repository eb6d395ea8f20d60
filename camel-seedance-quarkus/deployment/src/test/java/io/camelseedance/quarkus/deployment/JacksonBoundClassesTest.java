package io.camelseedance.quarkus.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.jboss.jandex.Index;
import org.jboss.jandex.Indexer;
import org.junit.jupiter.api.Test;

import io.camelseedance.api.VideoTask;
import io.camelseedance.catalog.ModelSpec;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The classes found for reflection are checked against Jackson itself: it reports every class of the component it
 * introspects to read or write what the component hands it, and each must be among them.
 */
class JacksonBoundClassesTest {

    @Test
    void findsEveryClassJacksonIntrospects() throws Exception {
        Set<String> introspected = new HashSet<>();
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .registerModule(recording(introspected));
        for (Class<?> root : JacksonBoundClasses.ROOTS) {
            mapper.readerFor(root); // builds the deserializers of the root and of its properties, transitively
            mapper.writerFor(root); // and the serializers
        }
        introspected.removeIf(name -> !name.startsWith("io.camelseedance."));

        Set<String> found = JacksonBoundClasses.find(componentIndex());

        assertThat(introspected).contains(VideoTask.class.getName(), ModelSpec.class.getName(),
                ModelSpec.AdaptiveRatio.class.getName());
        assertThat(found).containsAll(introspected);
    }

    /** The component's classes, as the extension's index of its jar (or of its classes folder, in the reactor). */
    private static Index componentIndex() throws IOException, URISyntaxException {
        Path location = Path.of(VideoTask.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Indexer indexer = new Indexer();
        if (Files.isDirectory(location)) {
            indexClasses(location, indexer);
        } else {
            try (FileSystem jar = FileSystems.newFileSystem(location)) {
                indexClasses(jar.getPath("/"), indexer);
            }
        }
        return indexer.complete();
    }

    private static void indexClasses(Path root, Indexer indexer) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    indexer.index(in);
                }
            }
        }
    }

    private static SimpleModule recording(Set<String> introspected) {
        SimpleModule module = new SimpleModule("record-introspected-classes");
        module.setSerializerModifier(new BeanSerializerModifier() {
            @Override
            public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription bean,
                    List<BeanPropertyWriter> properties) {
                introspected.add(bean.getBeanClass().getName());
                return properties;
            }

            @Override
            public JsonSerializer<?> modifyEnumSerializer(SerializationConfig config, JavaType type,
                    BeanDescription bean, JsonSerializer<?> serializer) {
                introspected.add(type.getRawClass().getName());
                return serializer;
            }
        });
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription bean,
                    BeanDeserializerBuilder builder) {
                introspected.add(bean.getBeanClass().getName());
                return builder;
            }

            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                    BeanDescription bean, JsonDeserializer<?> deserializer) {
                introspected.add(type.getRawClass().getName());
                return deserializer;
            }
        });
        return module;
    }
}
