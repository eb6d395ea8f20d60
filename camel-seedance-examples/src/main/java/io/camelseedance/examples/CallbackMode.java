package io.camelseedance.examples;

import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.MainListenerSupport;
import org.apache.camel.spi.PropertiesComponent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides, once the settings are read and before Camel is configured from them, how the pipeline learns that a video
 * is done: by callback when {@code pipeline.callback.base-url} is set, by polling otherwise.
 * <p>
 * The decision is made here rather than in {@code application.properties} because three settings hang on whether one
 * is present, which properties cannot express: the HTTP server ({@code camel.server.enabled}) must start then (the
 * watch page, {@link io.camelseedance.examples.watch.WatchPageMode}, may start it too; with both off the application
 * opens no port); the routes' callback route is included only then
 * ({@value #ENABLED}, its precondition); and polling becomes the safety net, rare, instead of the way the outcome is
 * learned ({@code pipeline.callback.poll-delay} and {@code poll-max-delay} replace the component's polling settings).
 * The base URL and the token themselves reach the component through {@code application.properties}.
 */
final class CallbackMode extends MainListenerSupport {

    static final String BASE_URL = "pipeline.callback.base-url";
    /** Set here, never by hand: whether callbacks are on, for the callback route's precondition. */
    static final String ENABLED = "pipeline.callback.enabled";

    private static final String SEEDANCE = "camel.component.seedance.";
    private static final Logger LOG = LoggerFactory.getLogger(CallbackMode.class);

    @Override
    public void beforeConfigure(BaseMainSupport main) {
        PropertiesComponent properties = main.getCamelContext().getPropertiesComponent();
        boolean callbacks = properties.resolveProperty(BASE_URL).filter(url -> !url.isBlank()).isPresent();
        // set on the properties component, not on main: main has handed its override properties over already, and when
        // it had none (every setting from files or the environment), overrides added to main now would be lost
        properties.addOverrideProperty(ENABLED, Boolean.toString(callbacks));
        if (!callbacks) {
            LOG.info("Completion by polling (set {} for callbacks)", BASE_URL);
            return;
        }
        properties.addOverrideProperty("camel.server.enabled", "true");
        properties.addOverrideProperty(SEEDANCE + "poll-delay", "{{pipeline.callback.poll-delay}}");
        properties.addOverrideProperty(SEEDANCE + "poll-max-delay", "{{pipeline.callback.poll-max-delay}}");
        LOG.info("Completion by callback at {} (server on {}:{}), polling only as a safety net, first after {} ms",
                properties.resolveProperty(BASE_URL).orElseThrow(), setting(properties, "camel.server.host"),
                setting(properties, "camel.server.port"), setting(properties, "pipeline.callback.poll-delay"));
    }

    private static String setting(PropertiesComponent properties, String name) {
        return properties.resolveProperty(name).orElse("(" + name + " unset)");
    }
}
