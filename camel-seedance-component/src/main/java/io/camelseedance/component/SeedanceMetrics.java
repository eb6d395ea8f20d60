package io.camelseedance.component;

import java.time.Duration;
import java.util.function.DoubleSupplier;
import java.util.function.IntSupplier;

import org.apache.camel.CamelContext;

import io.camelseedance.api.VideoTask;
import io.camelseedance.governor.CostUnit;
import io.camelseedance.tracking.TrackerKey;

/**
 * What the component counts about its tasks: submitted, ended (by status), time to complete, tokens and credits
 * used, each by provider and model; what is left of each budget, and how many creates wait for a slot. Kept in camel-micrometer's registry when the application has one (the
 * {@code metricsRegistry} bean, or its only {@code MeterRegistry}); without Micrometer on the classpath or a registry
 * in Camel's, nothing is kept. The governor's gauges have fixed names and tags: one name never carries two tag sets, which
 * a Prometheus registry refuses.
 */
interface SeedanceMetrics {

    /** What is left of a budget in its own unit (tokens, credits or money), for the spend governor. */
    String BUDGET_LEFT = "seedance.budget.left";
    /** Submissions waiting for a slot under a cap on tasks in flight, for the spend governor. */
    String WAITING_FOR_SLOT = "seedance.tasks.waiting";

    SeedanceMetrics NONE = new SeedanceMetrics() {
        @Override
        public void submitted(VideoTask task) {
        }

        @Override
        public void ended(VideoTask task, Duration sinceSubmitted) {
        }

        @Override
        public void budget(String name, CostUnit unit, DoubleSupplier left) {
        }

        @Override
        public void slots(TrackerKey account, IntSupplier waiting) {
        }
    };

    void submitted(VideoTask task);

    /** A task reached its end; {@code sinceSubmitted} is the time from its submission. */
    void ended(VideoTask task, Duration sinceSubmitted);

    /** Shows what is left of a budget, read when the registry asks. */
    void budget(String name, CostUnit unit, DoubleSupplier left);

    /** Shows how many creates of an account wait for a slot under its cap, read when the registry asks. */
    void slots(TrackerKey account, IntSupplier waiting);

    /** Micrometer's metrics when the context has a registry, else none. */
    static SeedanceMetrics of(CamelContext context) {
        try {
            Class.forName("io.micrometer.core.instrument.MeterRegistry", false, SeedanceMetrics.class.getClassLoader());
        } catch (ClassNotFoundException noMicrometer) {
            return NONE;
        }
        return MicrometerMetrics.find(context);
    }
}
