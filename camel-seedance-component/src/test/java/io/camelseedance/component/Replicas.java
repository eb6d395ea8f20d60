package io.camelseedance.component;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.zaxxer.hikari.HikariDataSource;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;

import io.camelseedance.simulator.SeedanceSimulatorExtension;

/**
 * Replicas of one integration: Camel contexts, each with its own component, connection pool and instance id, sharing
 * one PostgreSQL task store and the simulator. Close it to stop them all.
 */
final class Replicas implements AutoCloseable {

    private final List<CamelContext> contexts = new ArrayList<>();
    private final List<HikariDataSource> pools = new ArrayList<>();

    /** Starts {@code count} replicas, each component adjusted by {@code configure} before its context starts. */
    Replicas(int count, SeedanceSimulatorExtension sim, PostgresDatabase db, Consumer<SeedanceComponent> configure)
            throws Exception {
        for (int i = 0; i < count; i++) {
            CamelContext context = new DefaultCamelContext();
            SeedanceComponent seedance = SeedanceTestSupport.component(sim);
            HikariDataSource pool = db.pool(4);
            pools.add(pool);
            seedance.setTaskStoreDataSource(pool);
            configure.accept(seedance);
            context.addComponent("seedance", seedance);
            contexts.add(context);
            context.start();
        }
    }

    CamelContext get(int index) {
        return contexts.get(index);
    }

    int size() {
        return contexts.size();
    }

    @Override
    public void close() throws Exception {
        for (CamelContext context : contexts) {
            context.stop();
        }
        pools.forEach(HikariDataSource::close);
    }
}
