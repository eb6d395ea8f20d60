package io.camelseedance.component;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ApiKeysTest {

    @Test
    void anOptionWinsOverTheEnvironment() {
        assertThat(ApiKeys.resolve("from-option", Map.of("SEEDANCE_API_KEY", "env")::get)).isEqualTo("from-option");
    }

    @Test
    void seedanceApiKeyComesBeforeArkApiKey() {
        assertThat(ApiKeys.resolve(null, Map.of("SEEDANCE_API_KEY", "seedance", "ARK_API_KEY", "ark")::get))
                .isEqualTo("seedance");
        assertThat(ApiKeys.resolve(" ", Map.of("ARK_API_KEY", "ark")::get)).isEqualTo("ark");
    }

    @Test
    void nothingSetIsNull() {
        assertThat(ApiKeys.resolve(null, Map.<String, String>of()::get)).isNull();
    }
}
