package io.camelseedance.simulator.openai;

import io.camelseedance.simulator.AbstractSimulatedProvider;
import io.camelseedance.simulator.SimulatedApi;
import io.camelseedance.simulator.SimulationContext;

/**
 * A provider that exists only in this module's test scope, registered in the test resources'
 * {@code META-INF/services}: the proof that a provider is served with no edit to the simulator.
 */
public final class OpenAiVideosProvider extends AbstractSimulatedProvider {

    public static final String ID = "openai-videos";

    public OpenAiVideosProvider() {
        super(OpenAiVideosApi.BASE_PATH, ID);
    }

    @Override
    public SimulatedApi create(SimulationContext context) {
        return new OpenAiVideosApi(context);
    }
}
