package io.camelseedance.simulator;

import java.util.List;

/** A {@link SimulatedProvider} whose ids and base path are fixed when it is constructed: what most providers are. */
public abstract class AbstractSimulatedProvider implements SimulatedProvider {

    private final String basePath;
    private final List<String> ids;

    /**
     * @param basePath see {@link #basePath()}, e.g. {@code /acedata}
     * @param ids      see {@link #ids()}, e.g. {@code acedata}
     */
    protected AbstractSimulatedProvider(String basePath, String... ids) {
        this.basePath = basePath;
        this.ids = List.of(ids);
    }

    @Override
    public final List<String> ids() {
        return ids;
    }

    @Override
    public final String basePath() {
        return basePath;
    }
}
