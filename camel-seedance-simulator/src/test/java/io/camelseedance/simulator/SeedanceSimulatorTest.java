package io.camelseedance.simulator;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SeedanceSimulatorTest {

    @Test
    void bindsTheLoopbackInterfaceOnAFreePort() {
        try (SeedanceSimulator simulator = SeedanceSimulator.builder().port(0).build().start()) {
            assertThat(simulator.port()).isPositive();
            assertThat(simulator.baseUri()).isEqualTo("http://127.0.0.1:" + simulator.port());
            assertThat(simulator.baseUrl("byteplus")).isEqualTo(simulator.baseUri() + "/api/v3");
        }
    }

    @Test
    void startsOnceAndClosesIdempotently() {
        SeedanceSimulator simulator = SeedanceSimulator.builder().build();
        assertThatThrownBy(simulator::port).isInstanceOf(IllegalStateException.class);
        assertThat(simulator.task("cgt-x")).isEmpty();

        simulator.start();
        assertThatThrownBy(simulator::start).isInstanceOf(IllegalStateException.class);
        simulator.close();
        simulator.close();

        assertThat(simulator.isRunning()).isFalse();
        assertThatThrownBy(simulator::start).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesNonsensicalSettings() {
        assertThatThrownBy(() -> SeedanceSimulator.builder().port(70_000).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SeedanceSimulator.builder().queuedFor(Duration.ofSeconds(-1)).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SeedanceSimulator.builder().serverThreads(0).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SeedanceSimulator.builder().apiKey(" ").build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void setsNoDelaySoSmallResponsesAreNotHeldBack() {
        try (SeedanceSimulator simulator = SeedanceSimulator.builder().build().start()) {
            assertThat(System.getProperty("sun.net.httpserver.nodelay")).isNotNull();
        }
    }
}
