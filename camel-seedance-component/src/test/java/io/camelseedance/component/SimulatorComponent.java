package io.camelseedance.component;

import io.camelseedance.simulator.SeedanceSimulatorExtension;

/**
 * A seedance component pointed at a test's simulator.
 */
final class SimulatorComponent {

    private SimulatorComponent() {
    }

    static SeedanceComponent of(SeedanceSimulatorExtension sim, String apiKey) {
        SeedanceComponent seedance = new SeedanceComponent();
        seedance.getConfiguration().setBaseUrl(sim.arkBaseUrl());
        seedance.getConfiguration().setApiKey(apiKey);
        return seedance;
    }
}
