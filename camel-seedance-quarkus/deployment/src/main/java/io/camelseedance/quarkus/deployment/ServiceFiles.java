package io.camelseedance.quarkus.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import io.quarkus.deployment.ApplicationArchive;
import io.quarkus.maven.dependency.ResolvedDependency;
import io.quarkus.paths.PathTree;

/**
 * The interfaces of the Java service files ({@code META-INF/services/io.camelseedance.*}) in the application and its
 * runtime dependencies: {@link java.util.ServiceLoader} reads them, so a native image needs the files and their
 * implementations.
 */
final class ServiceFiles {

    static final String DIRECTORY = "META-INF/services";
    static final String PREFIX = "io.camelseedance.";

    private ServiceFiles() {
    }

    static Set<String> find(ApplicationArchive application, Collection<ResolvedDependency> dependencies) {
        Set<String> services = new TreeSet<>();
        application.accept(tree -> collect(tree, "the application", services));
        dependencies.forEach(d -> collect(d.getContentTree(), d.toCompactCoords(), services));
        return services;
    }

    private static void collect(PathTree tree, String origin, Set<String> services) {
        tree.accept(DIRECTORY, directory -> {
            if (directory == null) {
                return;
            }
            try (Stream<Path> files = Files.list(directory.getPath())) {
                files.map(f -> f.getFileName().toString()).filter(name -> name.startsWith(PREFIX))
                        .forEach(services::add);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list " + DIRECTORY + " of " + origin, e);
            }
        });
    }
}
