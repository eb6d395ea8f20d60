package io.camelseedance.component;

import java.nio.file.Path;
import java.time.Duration;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import io.camelseedance.api.SeedanceBudgetException;
import io.camelseedance.simulator.SeedanceSimulatorExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** What a budget spent is kept in the file task store: a restart does not hand it back. */
class GovernorRestartTest {

    /** Seed 001: 1280×720 px, 121 frames. */
    private static final long TOKENS_720P_5S = 1280L * 720 * 121 / 1024;

    @RegisterExtension
    static final SeedanceSimulatorExtension SIM = new SeedanceSimulatorExtension(SeedanceTestSupport.simulator()
            .queuedFor(Duration.ofMillis(50)).runningFor(Duration.ofMillis(100)));

    @TempDir
    Path directory;

    private CamelContext context() throws Exception {
        CamelContext context = new DefaultCamelContext();
        SeedanceComponent seedance = SeedanceTestSupport.component(SIM);
        seedance.setTaskStoreDirectory(directory.toString());
        seedance.getConfiguration().setBudget(2 * TOKENS_720P_5S + 1000);
        seedance.getConfiguration().setBudgetName("restart");
        context.addComponent("seedance", seedance);
        context.start();
        return context;
    }

    private static Exchange generate(CamelContext context, String prompt, boolean wait) {
        return context.createProducerTemplate().send("seedance:generate?waitForCompletion=" + wait, e -> {
            e.getMessage().setBody(prompt);
            e.getMessage().setHeader(SeedanceConstants.RESOLUTION, "720p");
            e.getMessage().setHeader(SeedanceConstants.RATIO, "16:9");
            e.getMessage().setHeader(SeedanceConstants.DURATION, 5);
        });
    }

    @Test
    void aRestartKeepsWhatWasSpentAndWhatIsInFlight() throws Exception {
        SIM.simulator().clearRequests();
        CamelContext first = context();
        assertThat(generate(first, "ended before the restart", true).getException()).isNull();
        // still running at the stop: its reservation must survive too
        assertThat(generate(first, "running at the restart [sim:render=1500]", false).getException()).isNull();
        first.stop();

        CamelContext second = context();
        try {
            Exchange refused = generate(second, "over", false);
            assertThat(refused.getException()).isInstanceOf(SeedanceBudgetException.class)
                    .hasMessageContaining("budget 'restart'");
            assertThat(SIM.simulator().requests("POST", SeedanceTestSupport.TASKS)).hasSize(2);
        } finally {
            second.stop();
        }
    }
}
