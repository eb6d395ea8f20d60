package io.camelseedance.component;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import io.camelseedance.api.SeedanceOutcomeUnknownException;
import io.camelseedance.simulator.SeedanceSimulatorExtension;
import io.camelseedance.tracking.CreateIntent;
import io.camelseedance.tracking.FileTaskStore;
import io.camelseedance.tracking.TrackerKey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A create left on the wire by a crash that no task can be matched to is not silently dropped: after the restart it
 * is reported, once, to the error handler of the tracked consumer of the same account as
 * {@link SeedanceOutcomeUnknownException}, and then forgotten. (Finding and tracking the tasks that can be matched is
 * {@link CrashTest}'s.)
 */
class CreateIntentSettlingTest {

    @RegisterExtension
    static final SeedanceSimulatorExtension SIM = new SeedanceSimulatorExtension(SeedanceTestSupport.simulator());

    @TempDir
    Path store;

    @Test
    void anIntentThatCannotBeSettledIsReportedAsAnUnknownOutcomeOnce() throws Exception {
        // EvoLink cannot list tasks, so nothing can be matched to a lost create of it
        TrackerKey key = TrackerKey.of("evolink", SIM.baseUrl("evolink"), SeedanceTestSupport.KEY);
        CreateIntent lost = new CreateIntent("intent-1", key, SeedanceTestSupport.MODEL,
                Instant.now().minusSeconds(30), null, Instant.now().plusSeconds(300), Duration.ofMillis(100),
                Duration.ofMillis(400), true, null);
        new FileTaskStore(store).intents().put(lost.id(), lost);

        CamelContext context = new DefaultCamelContext();
        SeedanceComponent seedance = SeedanceTestSupport.component(SIM);
        seedance.setTaskStoreDirectory(store.toString());
        context.addComponent("seedance", seedance);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:evolink").to("seedance:generate?provider=evolink&baseUrl=" + SIM.baseUrl("evolink"));
                // the account's own consumer: a consumer of another account is not told of this account's creates
                from("seedance:tasks?mode=tracked&delay=100&bridgeErrorHandler=true&provider=evolink&baseUrl="
                        + SIM.baseUrl("evolink"))
                        .onException(SeedanceOutcomeUnknownException.class).handled(true).to("mock:unknown").end()
                        .to("mock:done");
            }
        });
        context.start();
        try {
            MockEndpoint unknown = context.getEndpoint("mock:unknown", MockEndpoint.class);
            unknown.expectedMessageCount(1);
            unknown.assertIsSatisfied(10_000);
            Exception reported = unknown.getExchanges().get(0).getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);

            assertThat(reported).isInstanceOf(SeedanceOutcomeUnknownException.class)
                    .hasMessageContaining("evolink create outcome unknown")
                    .hasMessageContaining("was on the wire when the application stopped");
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> new FileTaskStore(store).intents().all().isEmpty());
            // polls go on: the report must not repeat
            await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5))
                    .until(() -> unknown.getReceivedCounter() == 1);
            assertThat(SIM.simulator().requests("POST", "/")).isEmpty();
        } finally {
            context.stop();
        }
    }
}
