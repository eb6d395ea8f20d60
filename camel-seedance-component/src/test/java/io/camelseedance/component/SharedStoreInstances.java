package io.camelseedance.component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.zaxxer.hikari.HikariDataSource;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.LambdaRouteBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import io.camelseedance.simulator.SeedanceSimulatorExtension;

/**
 * Starts the Camel applications of a test, each with a Seedance component of its own on the simulator, most of them
 * keeping their tasks in the test's PostgreSQL database as instances sharing it do; stops them, and closes their
 * connection pools, after each test.
 */
final class SharedStoreInstances implements AfterEachCallback {

    private final SeedanceSimulatorExtension sim;
    private final PostgresDatabase db;
    private final List<CamelContext> contexts = new ArrayList<>();
    private final List<HikariDataSource> pools = new ArrayList<>();

    SharedStoreInstances(SeedanceSimulatorExtension sim, PostgresDatabase db) {
        this.sim = sim;
        this.db = db;
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        // the last started first: a survivor before the maker whose tasks it settles
        for (int i = contexts.size() - 1; i >= 0; i--) {
            contexts.get(i).stop();
        }
        contexts.clear();
        pools.forEach(HikariDataSource::close);
        pools.clear();
    }

    /** An instance over the shared store, with this lease (also how often it settles the creates of the dead). */
    CamelContext sharing(Duration lease, LambdaRouteBuilder routes) throws Exception {
        SeedanceComponent seedance = component();
        seedance.setTaskStoreDataSource(pool());
        seedance.setTaskLease(lease.toMillis());
        return start(seedance, routes);
    }

    /** The simulator's component, to be given a store before {@link #start}. */
    SeedanceComponent component() {
        return SeedanceTestSupport.component(sim);
    }

    /** A pool of four connections to the test's database, closed after the test. */
    HikariDataSource pool() {
        HikariDataSource pool = db.pool(4);
        pools.add(pool);
        return pool;
    }

    CamelContext start(SeedanceComponent seedance, LambdaRouteBuilder routes) throws Exception {
        CamelContext context = new DefaultCamelContext();
        context.addComponent("seedance", seedance);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() throws Exception {
                routes.accept(this);
            }
        });
        context.start();
        contexts.add(context);
        return context;
    }
}
