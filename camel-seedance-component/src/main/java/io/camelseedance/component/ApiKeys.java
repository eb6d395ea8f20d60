package io.camelseedance.component;

import java.util.function.UnaryOperator;

/**
 * Where the API key comes from when no option sets it: the environment, under the project's own name first, then
 * under the name the official Ark SDKs use.
 */
final class ApiKeys {

    static final String SEEDANCE_API_KEY = "SEEDANCE_API_KEY";
    static final String ARK_API_KEY = "ARK_API_KEY";

    private ApiKeys() {
    }

    static String resolve(String configured, UnaryOperator<String> environment) {
        if (isSet(configured)) {
            return configured;
        }
        String fromEnv = environment.apply(SEEDANCE_API_KEY);
        return isSet(fromEnv) ? fromEnv : environment.apply(ARK_API_KEY);
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
