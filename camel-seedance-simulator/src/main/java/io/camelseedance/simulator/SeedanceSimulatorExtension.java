package io.camelseedance.simulator;

import java.util.Objects;
import java.util.function.Supplier;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a {@link SeedanceSimulator} around JUnit 5 tests.
 *
 * <p>As a {@code static} field the simulator is shared by all tests of the class; as an instance field each test
 * gets its own:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final SeedanceSimulatorExtension SIM = new SeedanceSimulatorExtension(
 *         SeedanceSimulator.builder().apiKey("sim-key").queuedFor(Duration.ofMillis(100)));
 *
 * @Test
 * void generates() {
 *     client.baseUrl(SIM.baseUrl("byteplus"));
 * }
 * }</pre>
 *
 * <p>Given a builder, the extension builds a fresh simulator each time it starts one, so it also works with
 * {@code @TestInstance(PER_CLASS)}. Given a simulator, it can start it only once.
 */
public final class SeedanceSimulatorExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    private final Supplier<SeedanceSimulator> factory;
    private SeedanceSimulator simulator;
    private boolean startedForOneTest;

    /** A simulator with the default settings. */
    public SeedanceSimulatorExtension() {
        this(SeedanceSimulator.builder());
    }

    public SeedanceSimulatorExtension(SeedanceSimulator.Builder builder) {
        Objects.requireNonNull(builder, "builder");
        this.factory = builder::build;
    }

    public SeedanceSimulatorExtension(SeedanceSimulator simulator) {
        Objects.requireNonNull(simulator, "simulator");
        this.factory = () -> simulator;
    }

    @Override
    public synchronized void beforeAll(ExtensionContext context) {
        start(false);
    }

    @Override
    public synchronized void beforeEach(ExtensionContext context) {
        if (simulator == null) {
            start(true);
        }
    }

    @Override
    public synchronized void afterEach(ExtensionContext context) {
        if (startedForOneTest) {
            stop();
        }
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) {
        stop();
    }

    /** The running simulator. */
    public synchronized SeedanceSimulator simulator() {
        if (simulator == null) {
            throw new IllegalStateException("The simulator runs only while tests of the class are running");
        }
        return simulator;
    }

    /** Shortcut for {@code simulator().baseUrl(providerId)}, e.g. {@code baseUrl("byteplus")}. */
    public String baseUrl(String providerId) {
        return simulator().baseUrl(providerId);
    }

    private void start(boolean forOneTest) {
        SeedanceSimulator candidate = factory.get();
        simulator = candidate.isRunning() ? candidate : candidate.start();
        startedForOneTest = forOneTest;
    }

    private void stop() {
        if (simulator != null) {
            simulator.close();
            simulator = null;
        }
    }
}
