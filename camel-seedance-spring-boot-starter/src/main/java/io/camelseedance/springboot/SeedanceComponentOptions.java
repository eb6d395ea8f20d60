package io.camelseedance.springboot;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.spi.PropertyConfigurer;
import org.apache.camel.spi.PropertyConfigurerGetter;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.PropertyBindingSupport;
import org.apache.camel.util.StringHelper;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

import io.camelseedance.component.SeedanceComponent;

/**
 * The component options set under {@code camel.component.seedance}, read from Spring's environment (so with its
 * relaxed binding: {@code api-key}, {@code apiKey}, {@code CAMEL_COMPONENT_SEEDANCE_APIKEY}) and bound onto the
 * component by Camel's own property binding, which knows every option through the component's configurer. A name
 * that is no option of the component fails the start, instead of being ignored; the error names the property, never
 * its value, which may be a secret.
 */
final class SeedanceComponentOptions {

    static final String PREFIX = "camel.component.seedance";

    /** The switches of the starter itself, not options of the component. */
    private static final String ENABLED = "enabled";
    private static final String CUSTOMIZER = "customizer";
    private static final String CONFIGURER = "seedance-component";

    private final Map<String, Object> options;

    private SeedanceComponentOptions(Map<String, Object> options) {
        this.options = options;
    }

    static SeedanceComponentOptions from(Environment environment) {
        Map<String, Object> bound = Binder.get(environment)
                .bind(PREFIX, Bindable.mapOf(String.class, Object.class)).orElse(Map.of());
        Map<String, Object> options = new LinkedHashMap<>();
        bound.forEach((name, value) -> {
            if (!name.equals(ENABLED) && !name.equals(CUSTOMIZER)) {
                // a map option (providerOptions, extra) arrives as a map of its keys
                options.put(StringHelper.dashToCamelCase(name), value);
            }
        });
        return new SeedanceComponentOptions(options);
    }

    void applyTo(CamelContext camelContext, SeedanceComponent component) {
        if (options.isEmpty()) {
            return;
        }
        // the generated configurer knows every option; a component not yet started has not looked it up itself
        PropertyConfigurer configurer = PluginHelper.getConfigurerResolver(camelContext)
                .resolvePropertyConfigurer(CONFIGURER, camelContext);
        if (configurer == null) {
            throw new IllegalStateException("The configurer " + CONFIGURER + " is missing: is camel-seedance intact?");
        }
        for (String name : options.keySet()) {
            if (configurer instanceof PropertyConfigurerGetter getter && getter.getOptionType(name, true) == null) {
                throw new IllegalArgumentException(PREFIX + "." + StringHelper.camelCaseToDash(name)
                        + " is not an option of the seedance component");
            }
        }
        PropertyBindingSupport.build().withCamelContext(camelContext).withTarget(component)
                .withConfigurer(configurer).withProperties(new LinkedHashMap<>(options))
                .withIgnoreCase(true).withRemoveParameters(false).bind();
    }
}
