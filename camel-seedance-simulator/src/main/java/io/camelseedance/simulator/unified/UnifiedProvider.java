package io.camelseedance.simulator.unified;

import io.camelseedance.simulator.AbstractSimulatedProvider;
import io.camelseedance.simulator.SimulatedApi;
import io.camelseedance.simulator.SimulationContext;

/** The "/v2/videos/generations" format of relay gateways. */
public final class UnifiedProvider extends AbstractSimulatedProvider {

    public UnifiedProvider() {
        super(UnifiedApi.BASE_PATH, "unified");
    }

    @Override
    public SimulatedApi create(SimulationContext context) {
        return new UnifiedApi(context.settings(), context.ark().upstream());
    }
}
