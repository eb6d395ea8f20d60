package io.camelseedance.examples;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A real, paid provider is chosen only when both the key and the provider are given. */
class SeedanceTargetTest {

    private static LaunchSettings settings(Map<String, String> system, Map<String, String> environment) {
        return new LaunchSettings(system::get, environment::get);
    }

    @Test
    void aKeyAloneKeepsTheSimulator() {
        assertThat(SeedanceTarget.realProvider(settings(Map.of(), Map.of("SEEDANCE_API_KEY", "k")))).isEmpty();
    }

    @Test
    void aProviderAloneKeepsTheSimulator() {
        assertThat(SeedanceTarget.realProvider(settings(Map.of("seedance.provider", "byteplus"), Map.of())))
                .isEmpty();
    }

    @Test
    void keyAndProviderChooseTheProviderWithItsOwnModelId() {
        assertThat(SeedanceTarget.realProvider(settings(Map.of("seedance.provider", "volcengine"),
                Map.of("SEEDANCE_API_KEY", "k")))).contains(
                        new SeedanceTarget("volcengine", "doubao-seedance-2-0-fast-260128"));
        assertThat(SeedanceTarget.realProvider(settings(Map.of(),
                Map.of("SEEDANCE_API_KEY", "k", "SEEDANCE_PROVIDER", "byteplus", "SEEDANCE_MODEL", "my-model"))))
                .contains(new SeedanceTarget("byteplus", "my-model"));
    }

    @Test
    void blankCountsAsNotGiven() {
        LaunchSettings settings = settings(Map.of("seedance.provider", " "), Map.of("SEEDANCE_API_KEY", "k",
                "SEEDANCE_PROVIDER", ""));
        assertThat(settings.get("seedance.provider")).isEmpty();
        assertThat(SeedanceTarget.realProvider(settings)).isEmpty();
        assertThat(settings.flag("pipeline.local-s3", true)).isTrue();
    }
}
