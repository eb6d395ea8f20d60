package io.camelseedance.simulator;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class SeedanceSimulatorMainTest {

    @Test
    void readsDurationsInMillisecondsSecondsAndMinutes() {
        assertThat(SeedanceSimulatorMain.duration("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(SeedanceSimulatorMain.duration("2s")).isEqualTo(Duration.ofSeconds(2));
        assertThat(SeedanceSimulatorMain.duration("1m")).isEqualTo(Duration.ofMinutes(1));
        assertThatThrownBy(() -> SeedanceSimulatorMain.duration("2h")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SeedanceSimulatorMain.duration("fast")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesUnknownOptionsAndMissingValues() {
        assertThatThrownBy(() -> SeedanceSimulatorMain.parse(new String[]{"--verbose", "1"}))
                .hasMessageContaining("--verbose");
        assertThatThrownBy(() -> SeedanceSimulatorMain.parse(new String[]{"--port"}))
                .hasMessageContaining("--port");
        assertThatThrownBy(() -> SeedanceSimulatorMain.parse(new String[]{"--port", "http"}))
                .hasMessageContaining("http");
    }

    @Test
    void configuresTheSimulatorFromOptions() {
        String[] args = {"--port", "0", "--api-key", "demo", "--queued", "0ms", "--running", "50ms"};
        try (SeedanceSimulator simulator = SeedanceSimulatorMain.parse(args).build().start()) {
            ArkClient ark = new ArkClient(simulator, "demo");

            assertThat(new ArkClient(simulator, "other").get(ArkClient.TASKS).statusCode()).isEqualTo(401);
            String id = ark.createWithPrompt("from the command line");
            await().until(() -> ark.status(id).equals("succeeded"));
        }
    }

    @Test
    void printsEachProvidersBaseUrl() {
        try (SeedanceSimulator simulator = SeedanceSimulator.builder().build().start()) {
            String banner = SeedanceSimulatorMain.banner(simulator);

            assertThat(banner).startsWith("Seedance simulator listening on " + simulator.baseUri());
            assertThat(simulator.providerIds()).contains("byteplus", "volcengine", "acedata", "unified", "evolink",
                    "apimart");
            for (String id : simulator.providerIds()) {
                assertThat(banner).containsPattern("\\n  " + id + " +" + simulator.baseUrl(id) + "\\R");
            }
        }
    }
}
