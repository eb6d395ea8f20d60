package io.camelseedance.simulator.acedata;

import io.camelseedance.simulator.AbstractSimulatedProvider;
import io.camelseedance.simulator.SimulatedApi;
import io.camelseedance.simulator.SimulationContext;

/** Ace Data Cloud's Seedance API. */
public final class AceDataProvider extends AbstractSimulatedProvider {

    public AceDataProvider() {
        super(AceDataApi.BASE_PATH, "acedata");
    }

    @Override
    public SimulatedApi create(SimulationContext context) {
        return new AceDataApi(context.settings(), context.ark().upstream(), context.callbacks());
    }
}
