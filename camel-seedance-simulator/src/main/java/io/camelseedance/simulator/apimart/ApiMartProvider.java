package io.camelseedance.simulator.apimart;

import io.camelseedance.simulator.AbstractSimulatedProvider;
import io.camelseedance.simulator.SimulatedApi;
import io.camelseedance.simulator.SimulationContext;

/** APIMart's API. */
public final class ApiMartProvider extends AbstractSimulatedProvider {

    public ApiMartProvider() {
        super(ApiMartApi.BASE_PATH, "apimart");
    }

    @Override
    public SimulatedApi create(SimulationContext context) {
        return new ApiMartApi(context.settings(), context.ark().upstream());
    }
}
