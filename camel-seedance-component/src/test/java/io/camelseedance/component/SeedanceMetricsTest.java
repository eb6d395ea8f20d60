package io.camelseedance.component;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.BindToRegistry;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The component's task metrics, read from a real Micrometer registry bound where camel-micrometer binds its own. */
class SeedanceMetricsTest extends SeedanceTestSupport {

    @BindToRegistry(MicrometerMetrics.REGISTRY_NAME)
    private final MeterRegistry registry = new SimpleMeterRegistry();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:generate").to("seedance:generate?waitForCompletion=true&failOnTaskError=false");
                from("direct:evolink").to("seedance:generate?waitForCompletion=true&provider=evolink&baseUrl="
                        + SIM.baseUrl("evolink"));
            }
        };
    }

    @Test
    void countsSubmittedAndEndedTasksTheirTimeAndTheirTokensByProviderAndModel() {
        long tokens = 0;
        for (String prompt : new String[]{"a lighthouse", "a harbour at dawn",
                "a storm [sim:fail=OutputVideoSensitiveContentDetected]"}) {
            Exchange done = template.send("direct:generate", e -> e.getMessage().setBody(prompt));
            assertThat(done.getException()).isNull();
            Long used = done.getMessage().getHeader(SeedanceConstants.TOTAL_TOKENS, Long.class);
            tokens += used == null ? 0 : used;
        }
        long expectedTokens = tokens;

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(registry
                .get(MicrometerMetrics.ENDED).tags("status", "failed").counter().count()).isEqualTo(1.0));
        assertThat(registry.get(MicrometerMetrics.SUBMITTED).tags("provider", "byteplus", "model", MODEL).counter()
                .count()).isEqualTo(3.0);
        assertThat(registry.get(MicrometerMetrics.ENDED).tags("status", "succeeded").counter().count()).isEqualTo(2.0);
        assertThat(registry.get(MicrometerMetrics.TIME_TO_COMPLETE).tags("status", "succeeded").timer().count())
                .isEqualTo(2);
        // a task runs 300 ms in this simulator, after it has been answered (its 100 ms in the queue overlap the answer)
        assertThat(registry.get(MicrometerMetrics.TIME_TO_COMPLETE).tags("status", "succeeded").timer()
                .totalTime(TimeUnit.MILLISECONDS)).isGreaterThanOrEqualTo(2 * 300.0);
        assertThat(expectedTokens).isPositive();
        assertThat(registry.get(MicrometerMetrics.TOKENS).tags("model", MODEL).counter().count())
                .isEqualTo((double) expectedTokens);
    }

    @Test
    void countsTheCreditsOfEvoLinkTasks() {
        Exchange done = template.send("direct:evolink", e -> e.getMessage().setBody("a kite"));
        assertThat(done.getException()).isNull();
        Double credits = done.getMessage().getHeader(SeedanceConstants.CREDITS, Double.class);

        assertThat(credits).isPositive();
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(registry.get(MicrometerMetrics.CREDITS)
                .tags("provider", "evolink").counter().count()).isEqualTo(credits));
    }

    @Test
    void theGovernorsGaugesAreReadThroughTheRegistryUnderOneTagSetEach() {
        Exchange done = template.send("seedance:generate?budgetName=seen&budget=1000000&maxTasksInFlight=5",
                e -> e.getMessage().setBody("a kite"));
        assertThat(done.getException()).isNull();
        double estimate = done.getMessage().getHeader(SeedanceConstants.COST_ESTIMATE, Double.class);

        assertThat(registry.get(SeedanceMetrics.BUDGET_LEFT).tags("budget", "seen", "unit", "tokens").gauge().value())
                .isLessThanOrEqualTo(1_000_000 - estimate);
        assertThat(registry.get(SeedanceMetrics.WAITING_FOR_SLOT).tags("provider", "byteplus").gauge().value())
                .isZero();
        // one tag set per name: a Prometheus registry refuses a name registered with two
        assertThat(tagKeys(SeedanceMetrics.BUDGET_LEFT)).containsOnly(List.of("budget", "unit"));
        assertThat(tagKeys(SeedanceMetrics.WAITING_FOR_SLOT)).containsOnly(List.of("account", "provider"));
    }

    private List<List<String>> tagKeys(String name) {
        return registry.find(name).gauges().stream()
                .map(g -> g.getId().getTags().stream().map(Tag::getKey).toList()).toList();
    }
}
