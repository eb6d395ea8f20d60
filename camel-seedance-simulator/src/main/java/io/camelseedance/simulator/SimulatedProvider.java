package io.camelseedance.simulator;

import java.util.List;

/**
 * A provider API the simulator serves, found with {@link java.util.ServiceLoader}: a class implementing this
 * interface, with a public no-argument constructor, named on a line of a
 * {@code META-INF/services/io.camelseedance.simulator.SimulatedProvider} file on the classpath. The simulator's own
 * providers are registered that way, and a test may add one from its own test scope with no change to the simulator.
 *
 * <p>A provider built on the shared Ark lifecycle (as every built-in one in front of Ark is) extends
 * {@link ProviderApi}, translates its create request into an Ark create body for
 * {@code context.ark().upstream().forward(…)}, and renders its answers from the Ark task JSON that
 * {@code upstream().task(id)} returns, whose {@code content.video_url} is the MP4 the simulator serves.
 */
public interface SimulatedProvider {

    /**
     * The provider ids this API serves, as the component's {@code provider} option names them, e.g.
     * {@code byteplus} and {@code volcengine} for Ark's {@code /api/v3}. At least one; unique across providers.
     */
    List<String> ids();

    /**
     * Where the API lives below the simulator's {@link SeedanceSimulator#baseUri() base URI}, without a trailing
     * slash, e.g. {@code /acedata}: the simulator's base URL for this provider and the prefix of the requests routed
     * to its API. Unique across providers, and not {@code /files}, where the generated videos are served.
     */
    String basePath();

    /** The API of one simulator run, made once when the simulator starts. */
    SimulatedApi create(SimulationContext context);
}
