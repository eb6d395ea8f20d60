package io.camelseedance.component;

import java.time.Duration;

import org.apache.camel.CamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelseedance.simulator.SeedanceSimulator;
import io.camelseedance.simulator.SeedanceSimulatorExtension;

/**
 * Route tests against a simulator: the {@code seedance} component points at it, with a default model and fast polls,
 * and its request record is cleared before each test.
 */
abstract class SeedanceTestSupport extends CamelTestSupport {

    static final String KEY = "test-key";
    static final String MODEL = "dreamina-seedance-2-0-260128";
    static final String TASKS = "/api/v3/contents/generations/tasks";

    /** A simulator accepting {@link #KEY}. */
    static SeedanceSimulator.Builder simulator() {
        return SeedanceSimulator.builder().apiKey(KEY);
    }

    /** A simulator per test class, with short task lifetimes. */
    @RegisterExtension
    static final SeedanceSimulatorExtension SIM = new SeedanceSimulatorExtension(simulator()
            .queuedFor(Duration.ofMillis(100)).runningFor(Duration.ofMillis(300)).serverThreads(16));

    /** Adjusts the component before the context starts. */
    protected void configure(SeedanceComponent seedance) {
    }

    @BeforeEach
    void clearRecord() {
        SIM.simulator().clearRequests();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        SeedanceComponent seedance = component(SIM);
        configure(seedance);
        context.addComponent("seedance", seedance);
        return context;
    }

    static SeedanceComponent component(SeedanceSimulatorExtension sim) {
        SeedanceComponent seedance = new SeedanceComponent();
        seedance.getConfiguration().setBaseUrl(sim.arkBaseUrl());
        seedance.getConfiguration().setApiKey(KEY);
        seedance.getConfiguration().setModel(MODEL);
        seedance.getConfiguration().setPollDelay(100);
        seedance.getConfiguration().setPollMaxDelay(400);
        seedance.setTrackerTick(50);
        return seedance;
    }
}
