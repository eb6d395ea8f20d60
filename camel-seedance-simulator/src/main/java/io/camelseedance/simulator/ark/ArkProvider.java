package io.camelseedance.simulator.ark;

import io.camelseedance.simulator.AbstractSimulatedProvider;
import io.camelseedance.simulator.SimulatedApi;
import io.camelseedance.simulator.SimulationContext;

/** BytePlus ModelArk and Volcengine Ark: one task API, served for both provider ids. */
public final class ArkProvider extends AbstractSimulatedProvider {

    public ArkProvider() {
        super(ArkApi.BASE_PATH, "byteplus", "volcengine");
    }

    /** The run's Ark API, which the simulator made first because every other provider forwards to it. */
    @Override
    public SimulatedApi create(SimulationContext context) {
        return context.ark().api();
    }
}
