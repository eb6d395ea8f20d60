package io.camelseedance.simulator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;

import io.camelseedance.simulator.ark.ArkFileDownloads;

/**
 * Every {@link SimulatedProvider} registered on the classpath, checked for clashes and ordered by first id, so
 * that a listing does not depend on the order of the classpath.
 */
final class ProviderRegistry {

    private final List<SimulatedProvider> providers;
    private final Map<String, SimulatedProvider> byId = new LinkedHashMap<>();

    ProviderRegistry(List<SimulatedProvider> providers) {
        this.providers = providers.stream().sorted(Comparator.comparing(p -> p.ids().get(0))).toList();
        Map<String, SimulatedProvider> byPath = new HashMap<>();
        for (SimulatedProvider provider : this.providers) {
            String path = checkedBasePath(provider);
            SimulatedProvider other = byPath.putIfAbsent(path, provider);
            if (other != null) {
                throw clash("base path " + path, provider, other);
            }
            for (String id : provider.ids()) {
                other = byId.putIfAbsent(Objects.requireNonNull(id, "a provider id"), provider);
                if (other != null) {
                    throw clash("id " + id, provider, other);
                }
            }
        }
        byPath.keySet().forEach(path -> byPath.keySet().stream()
                .filter(outer -> path.startsWith(outer + "/"))
                .findFirst()
                .ifPresent(outer -> {
                    throw clash("base path " + path + " below " + outer, byPath.get(path), byPath.get(outer));
                }));
    }

    /** The providers registered with the thread context class loader (or the simulator's own, if there is none). */
    static ProviderRegistry load() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        ClassLoader loader = context != null ? context : SimulatedProvider.class.getClassLoader();
        return new ProviderRegistry(ServiceLoader.load(SimulatedProvider.class, loader).stream()
                .map(ServiceLoader.Provider::get)
                .toList());
    }

    List<SimulatedProvider> providers() {
        return providers;
    }

    /** Every id served, in the order of {@link #providers()}. */
    List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    SimulatedProvider provider(String id) {
        SimulatedProvider provider = byId.get(id);
        if (provider == null) {
            throw new IllegalArgumentException(
                    "No simulated provider '" + id + "'; known: " + String.join(", ", byId.keySet()));
        }
        return provider;
    }

    /** The routes to each provider's API, made from the context of one run. */
    List<ApiRoutes.Route> start(SimulationContext context) {
        List<ApiRoutes.Route> routes = new ArrayList<>();
        for (SimulatedProvider provider : providers) {
            SimulatedApi api = Objects.requireNonNull(provider.create(context),
                    () -> provider.getClass().getName() + " made no API");
            routes.add(new ApiRoutes.Route(provider.basePath() + "/", api));
        }
        return routes;
    }

    private static String checkedBasePath(SimulatedProvider provider) {
        if (provider.ids().isEmpty()) {
            throw new IllegalStateException(provider.getClass().getName() + " serves no provider id");
        }
        String path = provider.basePath();
        if (path == null || !path.matches("(/[A-Za-z0-9._~-]+)+")) {
            throw new IllegalStateException(provider.getClass().getName()
                    + ": a base path is one or more /segments without a trailing slash, e.g. /acedata: " + path);
        }
        if ((path + "/").startsWith(ArkFileDownloads.PREFIX)) {
            throw new IllegalStateException(provider.getClass().getName() + ": " + ArkFileDownloads.PREFIX
                    + " is where the simulator serves generated files");
        }
        return path;
    }

    private static IllegalStateException clash(String what, SimulatedProvider one, SimulatedProvider other) {
        return new IllegalStateException("Simulated providers " + one.getClass().getName() + " and "
                + other.getClass().getName() + " both claim the " + what);
    }
}
