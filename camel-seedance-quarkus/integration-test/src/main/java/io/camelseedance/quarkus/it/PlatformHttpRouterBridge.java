package io.camelseedance.quarkus.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpRouter;

/**
 * Serves Camel's platform-http from Quarkus's own HTTP server, the one {@code quarkus.http.*} configures. This is
 * what camel-quarkus-platform-http does; that extension of Camel Quarkus 3.33.0 is not in the Maven repository this
 * project builds from, so this application uses the plain camel-platform-http-vertx with this bridge. An application
 * with camel-quarkus-platform-http needs neither.
 */
@ApplicationScoped
public class PlatformHttpRouterBridge {

    // the name platform-http falls back to when no router is registered for its port; typed as Camel's router only,
    // as a Router too it would clash with Quarkus's own
    @Produces
    @Singleton
    @Typed(VertxPlatformHttpRouter.class)
    @Named(VertxPlatformHttpRouter.PLATFORM_HTTP_ROUTER_NAME_ZERO)
    VertxPlatformHttpRouter platformHttpRouter(Vertx vertx, Router router) {
        return new VertxPlatformHttpRouter(null, vertx, router, VertxPlatformHttpRouter.PLATFORM_HTTP_ROUTER_NAME_ZERO);
    }
}
