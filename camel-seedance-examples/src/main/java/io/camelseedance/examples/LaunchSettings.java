package io.camelseedance.examples;

import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The settings read before Camel starts (which provider, which stand-ins): a system property ({@code -Dname=value}),
 * else the environment variable of the same name in upper case with {@code _} for {@code .} and {@code -}, the way
 * Camel Main reads its own properties from the environment. Blank counts as unset, so that an empty {@code -D} passed
 * through Maven means "not given".
 */
final class LaunchSettings {

    private final UnaryOperator<String> systemProperties;
    private final UnaryOperator<String> environment;

    LaunchSettings(UnaryOperator<String> systemProperties, UnaryOperator<String> environment) {
        this.systemProperties = systemProperties;
        this.environment = environment;
    }

    /**
     * Removes the named system properties that are blank. Maven passes every setting of the demo profile on, given or
     * not; a blank one left in place would override the application's own value for the same Camel property.
     */
    static void clearBlankSystemProperties(String... names) {
        for (String name : names) {
            String value = System.getProperty(name);
            if (value != null && value.isBlank()) {
                System.clearProperty(name);
            }
        }
    }

    static LaunchSettings fromSystem() {
        return new LaunchSettings(System::getProperty, System::getenv);
    }

    Optional<String> get(String name) {
        String value = systemProperties.apply(name);
        if (value == null || value.isBlank()) {
            value = environment.apply(name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    String get(String name, String defaultValue) {
        return get(name).orElse(defaultValue);
    }

    boolean flag(String name, boolean defaultValue) {
        return get(name).map(Boolean::parseBoolean).orElse(defaultValue);
    }
}
