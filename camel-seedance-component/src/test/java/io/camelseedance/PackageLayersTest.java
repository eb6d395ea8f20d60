package io.camelseedance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The component's packages form layers, api → catalog → provider → client → tracking → governor → component (and the generated
 * Endpoint DSL on top): a class may use its own layer and the layers below it, never one above, so there is no cycle
 * between layers. Checked on the sources, every reference to an {@code io.camelseedance} package, imported or written
 * out; see each package's {@code package-info.java} and {@code docs/architecture.md}.
 */
class PackageLayersTest {

    /** Each layer (the package under {@code io.camelseedance}, sub-packages included) and its height. */
    private static final Map<String, Integer> LAYERS = Map.of("api", 1, "catalog", 2, "provider", 3, "client", 4,
            "tracking", 5, "governor", 6, "component", 7, "dsl", 8);
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package io\\.camelseedance\\.(\\w+)");
    private static final Pattern REFERENCE = Pattern.compile("\\bio\\.camelseedance\\.([a-z]\\w*)");

    @Test
    void noClassUsesALayerAboveItsOwn() {
        List<String> violations = new ArrayList<>();
        for (Path source : sources(Path.of("src/main/java"), Path.of("src/generated/java"))) {
            violations.addAll(upwardReferences(source.toString(), read(source)));
        }

        assertThat(violations).isEmpty();
    }

    @Test
    void theCheckNamesAnUpwardReferenceAndAnUnknownLayer() {
        String upward = """
                package io.camelseedance.client;

                import io.camelseedance.api.VideoTask;
                import io.camelseedance.tracking.TaskTracker;
                """;
        String unknown = "package io.camelseedance.metrics;\n";

        assertThat(upwardReferences("Upward.java", upward))
                .containsExactly("Upward.java: client (layer 4) uses tracking (layer 5)");
        assertThat(upwardReferences("Unknown.java", unknown)).singleElement().asString()
                .contains("metrics is no known layer");
    }

    /** What in {@code text} uses a layer above the file's own, one line per use. */
    private static List<String> upwardReferences(String file, String text) {
        Matcher own = PACKAGE.matcher(text);
        if (!own.find()) {
            return List.of(file + ": no package under io.camelseedance");
        }
        String layer = own.group(1);
        Integer height = LAYERS.get(layer);
        if (height == null) {
            return List.of(file + ": " + layer + " is no known layer: give it a place in PackageLayersTest,"
                    + " its package-info and docs/architecture.md");
        }
        List<String> found = new ArrayList<>();
        Matcher used = REFERENCE.matcher(text.substring(own.end()));
        while (used.find()) {
            String target = used.group(1);
            Integer targetHeight = LAYERS.get(target);
            String problem = targetHeight == null
                    ? file + ": " + layer + " uses " + target + ", which is no known layer"
                    : targetHeight > height
                            ? file + ": " + layer + " (layer " + height + ") uses " + target + " (layer "
                                    + targetHeight + ")"
                            : null;
            if (problem != null && !found.contains(problem)) {
                found.add(problem);
            }
        }
        return found;
    }

    private static List<Path> sources(Path... roots) {
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".java")).forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertThat(files).as("sources found under " + List.of(roots)).hasSizeGreaterThan(50);
        return files;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
