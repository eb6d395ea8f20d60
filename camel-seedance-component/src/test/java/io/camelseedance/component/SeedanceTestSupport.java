package io.camelseedance.component;

import org.apache.camel.CamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.BeforeEach;

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

    /** The simulator of the test class. */
    protected abstract SeedanceSimulatorExtension sim();

    /** Adjusts the component before the context starts. */
    protected void configure(SeedanceComponent seedance) {
    }

    @BeforeEach
    void clearRecord() {
        sim().simulator().clearRequests();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        SeedanceComponent seedance = component(sim());
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
