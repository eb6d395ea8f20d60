package io.camelseedance.simulator;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/** The APIs of a running simulator by path prefix, and the one that answers paths nobody owns. */
final class ApiRoutes {

    /**
     * @param prefix the start of the paths the API owns, with a trailing slash, e.g. {@code /acedata/}
     */
    record Route(String prefix, SimulatedApi api) {
    }

    private final List<Route> routes;
    private final SimulatedApi fallback;

    /**
     * @param fallback answers paths no API owns, so that a client with a wrong base URL gets an error in a
     *                 provider's format instead of a bare 404
     */
    ApiRoutes(List<Route> routes, SimulatedApi fallback) {
        this.routes = List.copyOf(routes);
        this.fallback = fallback;
    }

    SimulatedApi owner(String path) {
        return routes.stream()
                .filter(route -> path.startsWith(route.prefix()))
                .map(Route::api)
                .findFirst()
                .orElse(fallback);
    }

    SimulatedApi fallback() {
        return fallback;
    }

    /** The task as the first API that knows the id shows it. */
    Optional<JsonNode> task(String id) {
        return routes.stream()
                .map(route -> route.api().task(id).map(Json::asParsed))
                .flatMap(Optional::stream)
                .findFirst();
    }
}
