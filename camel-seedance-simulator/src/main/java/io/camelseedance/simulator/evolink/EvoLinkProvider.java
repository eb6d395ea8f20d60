package io.camelseedance.simulator.evolink;

import io.camelseedance.simulator.AbstractSimulatedProvider;
import io.camelseedance.simulator.SimulatedApi;
import io.camelseedance.simulator.SimulationContext;

/** EvoLink's API. */
public final class EvoLinkProvider extends AbstractSimulatedProvider {

    public EvoLinkProvider() {
        super(EvoLinkApi.BASE_PATH, "evolink");
    }

    @Override
    public SimulatedApi create(SimulationContext context) {
        return new EvoLinkApi(context.settings(), context.ark().upstream(), context.callbacks());
    }
}
