package io.camelseedance.simulator;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SeedanceSimulatorExtensionTest {

    @RegisterExtension
    static final SeedanceSimulatorExtension SHARED = new SeedanceSimulatorExtension(
            SeedanceSimulator.builder().apiKey("sim-key"));

    @Test
    void staticFieldRunsTheSimulatorForTheWholeClass() {
        assertThat(SHARED.simulator().isRunning()).isTrue();
        assertThat(SHARED.baseUrl("byteplus")).isEqualTo("http://127.0.0.1:" + SHARED.simulator().port() + "/api/v3");
        assertThat(new ArkClient(SHARED.simulator(), "sim-key").get(ArkClient.TASKS).statusCode()).isEqualTo(200);
    }

    @Nested
    class InstanceField {

        @RegisterExtension
        final SeedanceSimulatorExtension own = new SeedanceSimulatorExtension();

        @Test
        void instanceFieldRunsAFreshSimulatorForEachTest() {
            assertThat(own.simulator().isRunning()).isTrue();
            assertThat(own.simulator().port()).isNotEqualTo(SHARED.simulator().port());
            assertThat(own.simulator().requests()).isEmpty();
        }
    }

    @Test
    void startsInBeforeAllAndStopsInAfterAll() {
        SeedanceSimulatorExtension extension = new SeedanceSimulatorExtension(SeedanceSimulator.builder());

        extension.beforeAll(null);
        extension.beforeEach(null);
        SeedanceSimulator simulator = extension.simulator();
        extension.afterEach(null);

        assertThat(simulator.isRunning()).isTrue();
        extension.afterAll(null);
        assertThat(simulator.isRunning()).isFalse();
        assertThatThrownBy(extension::simulator).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void startsInBeforeEachAndStopsInAfterEachWhenNotStatic() {
        SeedanceSimulatorExtension extension = new SeedanceSimulatorExtension(SeedanceSimulator.builder());

        extension.beforeEach(null);
        SeedanceSimulator first = extension.simulator();
        extension.afterEach(null);
        extension.beforeEach(null);
        SeedanceSimulator second = extension.simulator();
        extension.afterEach(null);

        assertThat(first).isNotSameAs(second);
        assertThat(first.isRunning()).isFalse();
        assertThat(second.isRunning()).isFalse();
    }

    @Test
    void acceptsAnAlreadyBuiltSimulator() {
        SeedanceSimulator simulator = SeedanceSimulator.builder().build();
        SeedanceSimulatorExtension extension = new SeedanceSimulatorExtension(simulator);

        extension.beforeAll(null);

        assertThat(extension.simulator()).isSameAs(simulator);
        assertThat(simulator.isRunning()).isTrue();
        extension.afterAll(null);
        assertThat(simulator.isRunning()).isFalse();
    }
}
