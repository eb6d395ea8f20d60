package io.camelseedance.examples.watch;

import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.MainListenerSupport;
import org.apache.camel.spi.PropertiesComponent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * With {@value WatchPageRoutes#ENABLED} set, starts the HTTP server that serves the watch page (on
 * {@code camel.server.host:port}) and lets the page's publisher see the exchanges in flight; without it, neither.
 */
public final class WatchPageMode extends MainListenerSupport {

    private static final Logger LOG = LoggerFactory.getLogger(WatchPageMode.class);

    @Override
    public void beforeConfigure(BaseMainSupport main) {
        PropertiesComponent properties = main.getCamelContext().getPropertiesComponent();
        if (!properties.resolveProperty(WatchPageRoutes.ENABLED).map(Boolean::parseBoolean).orElse(false)) {
            return;
        }
        // on the properties component, as CallbackMode does: main has handed its override properties over already
        properties.addOverrideProperty("camel.server.enabled", "true");
        // the publisher reads the inbox route's exchanges in flight, which Camel lists only when asked to
        properties.addOverrideProperty("camel.main.inflight-repository-browse-enabled", "true");
        LOG.info("Watch page at {}", address(properties));
    }

    /** Where the page is served, from the server's settings. */
    public static String address(PropertiesComponent properties) {
        return "http://" + properties.resolveProperty("camel.server.host").orElse("0.0.0.0") + ":"
                + properties.resolveProperty("camel.server.port").orElse("8080") + WatchPageRoutes.PATH;
    }
}
