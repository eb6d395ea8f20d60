package io.camelseedance.simulator;

import java.util.concurrent.ScheduledExecutorService;

import io.camelseedance.simulator.ark.ArkSimulation;

/**
 * What a {@link SimulatedProvider} may build its API from, one per simulator run.
 *
 * @param settings  the simulator's settings: the accepted key, timings, the {@code Retry-After} of 429s
 * @param baseUri   where the simulator listens, e.g. {@code http://127.0.0.1:8089}
 * @param scheduler the simulator's timer threads, for work that must happen later; tasks must not block
 * @param callbacks sends task callbacks under a provider's {@link CallbackPolicy}, recorded in
 *                  {@link SeedanceSimulator#callbacks()} and subject to the run's {@link Faults}
 * @param ark       the simulated Ark: its {@link ArkSimulation#upstream() upstream} creates tasks with Ark's
 *                  validation, {@code [sim:…]} directives, lifecycle and generated files, and reads them back
 */
public record SimulationContext(
        SimulatorSettings settings, String baseUri, ScheduledExecutorService scheduler, CallbackSender callbacks,
        ArkSimulation ark) {
}
