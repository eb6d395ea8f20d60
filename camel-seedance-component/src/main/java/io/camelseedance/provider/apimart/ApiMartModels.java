package io.camelseedance.provider.apimart;

import java.util.Map;

import io.camelseedance.provider.ModelFamily;

/**
 * APIMart's names of Seedance 2.0: {@code doubao-seedance-2.0} and {@code doubao-seedance-2.0-fast}. Any catalog id
 * of those families (Ark's {@code dreamina-seedance-2-0-260128}, the family name {@code seedance-2.0}, ...) is sent
 * as APIMart's name; any other id verbatim, as a model this version does not know yet.
 */
final class ApiMartModels {

    static final String STANDARD = "doubao-seedance-2.0";
    static final String FAST = "doubao-seedance-2.0-fast";
    private static final Map<String, String> BY_FAMILY = Map.of(
            ModelFamily.SEEDANCE_2_0, STANDARD, ModelFamily.SEEDANCE_2_0_FAST, FAST);

    private ApiMartModels() {
    }

    static String wireModel(String model, ModelFamily families) {
        if (model == null) {
            return null;
        }
        String id = model.trim();
        return families.seedance20(id).map(BY_FAMILY::get).orElse(id);
    }
}
