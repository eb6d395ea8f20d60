package io.camelseedance.component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.camelseedance.provider.Fixtures;

/**
 * The documented example requests of each provider, one file each under
 * {@code src/test/resources/contract/<provider id>/examples/}: {@code request}, the neutral request as a JSON body;
 * {@code method} and {@code path}, the create call below the base URL; {@code body}, the exact JSON the provider
 * receives; {@code source}, where the example comes from.
 */
final class ContractExamples {

    private static final Path CONTRACT = Path.of("src/test/resources/contract");

    /** A documented example of a provider. */
    record Example(String provider, String name, JsonNode document) {

        JsonNode request() {
            return document.path("request");
        }

        /** The create call's path below the base URL, e.g. {@code /v1/videos/generations}. */
        String path() {
            return document.path("path").asText();
        }

        @Override
        public String toString() {
            return provider + " " + name;
        }
    }

    private ContractExamples() {
    }

    /** The provider's examples, by file name; none when it has no folder. */
    static List<Example> of(String provider) {
        Path dir = CONTRACT.resolve(provider).resolve("examples");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted()
                    .map(f -> new Example(provider, f.getFileName().toString().replace(".json", ""), read(f)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The provider's first example, the one the contract builds its other requests on. */
    static Example first(String provider) {
        List<Example> examples = of(provider);
        if (examples.isEmpty()) {
            throw new IllegalStateException("No contract examples for provider " + provider + " under " + CONTRACT);
        }
        return examples.get(0);
    }

    private static JsonNode read(Path file) {
        try {
            return Fixtures.parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
