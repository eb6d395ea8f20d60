package io.camelseedance.provider.openaivideos;

import io.camelseedance.simulator.AbstractSimulatedProvider;
import io.camelseedance.simulator.SimulatedApi;
import io.camelseedance.simulator.SimulationContext;

/** Serves the test-scope provider in the simulator; registered in the test resources' {@code META-INF/services}. */
public final class SimulatedVideosProvider extends AbstractSimulatedProvider {

    public SimulatedVideosProvider() {
        super(SimulatedVideosApi.BASE_PATH, OpenAiVideosDescriptor.ID);
    }

    @Override
    public SimulatedApi create(SimulationContext context) {
        return new SimulatedVideosApi(context);
    }
}
