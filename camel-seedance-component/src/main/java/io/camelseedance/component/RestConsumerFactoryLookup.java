package io.camelseedance.component;

import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.spi.RestConfiguration;
import org.apache.camel.spi.RestConsumerFactory;

/**
 * Finds the HTTP server that serves the callback consumer, in the order Camel's own webhook consumers use: the
 * {@code httpServerComponent} option, the rest configuration's component, {@code platform-http}, then the only
 * {@link RestConsumerFactory} among the components and the registry.
 */
final class RestConsumerFactoryLookup {

    static final String PLATFORM_HTTP = "platform-http";

    private RestConsumerFactoryLookup() {
    }

    /**
     * @param  configured            the httpServerComponent option, or {@code null}
     * @throws IllegalArgumentException when a named server is not a RestConsumerFactory
     * @throws IllegalStateException    when none, or more than one, is found without a name
     */
    static RestConsumerFactory find(CamelContext context, String configured) {
        if (configured != null && !configured.isBlank()) {
            return named(context, configured.trim(), "httpServerComponent");
        }
        RestConfiguration rest = context.getRestConfiguration();
        if (rest != null && rest.getComponent() != null && !rest.getComponent().isBlank()) {
            return named(context, rest.getComponent().trim(), "the rest configuration's component");
        }
        // created here when on the classpath: a camel-main application with camel-platform-http-main has the server
        // running, but no route has asked for the component yet
        if (context.getComponent(PLATFORM_HTTP, true) instanceof RestConsumerFactory platformHttp) {
            return platformHttp;
        }
        Set<RestConsumerFactory> found = new LinkedHashSet<>();
        for (String name : context.getComponentNames()) {
            if (context.getComponent(name, false) instanceof RestConsumerFactory factory) {
                found.add(factory);
            }
        }
        found.addAll(context.getRegistry().findByType(RestConsumerFactory.class));
        if (found.size() == 1) {
            return found.iterator().next();
        }
        throw new IllegalStateException(found.isEmpty()
                ? "seedance:callback needs an HTTP server: add camel-platform-http with an engine (e.g."
                        + " camel-platform-http-main or camel-platform-http-vertx), or name a RestConsumerFactory in"
                        + " httpServerComponent"
                : "seedance:callback found " + found.size() + " HTTP servers (RestConsumerFactory): name one in"
                        + " httpServerComponent");
    }

    private static RestConsumerFactory named(CamelContext context, String name, String source) {
        if (context.getRegistry().lookupByName(name) instanceof RestConsumerFactory bean) {
            return bean;
        }
        Component component = context.getComponent(name, true);
        if (component instanceof RestConsumerFactory factory) {
            return factory;
        }
        throw new IllegalArgumentException(source + " '" + name + "' is "
                + (component == null ? "not a known component or bean" : "not a RestConsumerFactory")
                + ", so it cannot serve seedance:callback");
    }
}
