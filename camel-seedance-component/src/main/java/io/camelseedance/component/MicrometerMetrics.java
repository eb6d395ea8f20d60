package io.camelseedance.component;

import java.time.Duration;
import java.util.Locale;
import java.util.function.DoubleSupplier;
import java.util.function.IntSupplier;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import org.apache.camel.CamelContext;

import io.camelseedance.api.VideoTask;
import io.camelseedance.governor.CostUnit;
import io.camelseedance.tracking.TrackerKey;

/** {@link SeedanceMetrics} in a Micrometer registry; only loaded when Micrometer is on the classpath. */
final class MicrometerMetrics implements SeedanceMetrics {

    /** The bean name under which camel-micrometer keeps its registry. */
    static final String REGISTRY_NAME = "metricsRegistry";
    static final String SUBMITTED = "seedance.tasks.submitted";
    static final String ENDED = "seedance.tasks.ended";
    static final String TIME_TO_COMPLETE = "seedance.tasks.time.to.complete";
    static final String TOKENS = "seedance.tokens.used";
    static final String CREDITS = "seedance.credits.used";

    private final MeterRegistry registry;

    private MicrometerMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    static SeedanceMetrics find(CamelContext context) {
        MeterRegistry registry = context.getRegistry().lookupByNameAndType(REGISTRY_NAME, MeterRegistry.class);
        if (registry == null) {
            registry = context.getRegistry().findSingleByType(MeterRegistry.class);
        }
        return registry == null ? NONE : new MicrometerMetrics(registry);
    }

    @Override
    public void submitted(VideoTask task) {
        registry.counter(SUBMITTED, tags(task)).increment();
    }

    @Override
    public void ended(VideoTask task, Duration sinceSubmitted) {
        Tags byStatus = tags(task).and("status", task.status().name().toLowerCase(Locale.ROOT));
        registry.counter(ENDED, byStatus).increment();
        registry.timer(TIME_TO_COMPLETE, byStatus).record(sinceSubmitted);
        if (task.usage() != null && task.usage().totalTokens() != null) {
            registry.counter(TOKENS, tags(task)).increment(task.usage().totalTokens());
        }
        if (task.usage() != null && task.usage().credits() != null) {
            registry.counter(CREDITS, tags(task)).increment(task.usage().credits());
        }
    }

    @Override
    public void budget(String name, CostUnit unit, DoubleSupplier left) {
        Gauge.builder(BUDGET_LEFT, left, DoubleSupplier::getAsDouble).strongReference(true)
                .tags("budget", name, "unit", unit.name()).register(registry);
    }

    @Override
    public void slots(TrackerKey account, IntSupplier waiting) {
        Gauge.builder(WAITING_FOR_SLOT, waiting, IntSupplier::getAsInt).strongReference(true)
                .tags("provider", account.provider(), "account", account.accountFingerprint()).register(registry);
    }

    private static Tags tags(VideoTask task) {
        return Tags.of("provider", String.valueOf(task.provider()), "model", String.valueOf(task.model()));
    }
}
