package io.camelseedance.examples;

import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.main.MainHttpServer;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.camelseedance.component.SeedanceComponent;
import io.camelseedance.component.SeedanceConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The switch between polling and callbacks, on the application's own {@code application.properties} and no override
 * properties at all: the way the pipeline starts when every setting comes from a file or the environment. (The
 * pipeline's end-to-end tests always pass overrides, for the stand-ins.)
 */
class CallbackModeTest {

    private Main main;

    @AfterEach
    void stop() {
        System.clearProperty("camel.server.port");
        if (main != null) {
            main.stop();
        }
    }

    @Test
    void withoutABaseUrlThePipelinePollsAndOpensNoPort() {
        CamelContext context = start(new Main());

        assertThat(context.hasService(MainHttpServer.class)).isNull();
        assertThat(context.resolvePropertyPlaceholders("{{pipeline.callback.enabled}}")).isEqualTo("false");
        SeedanceConfiguration seedance = seedance(context);
        assertThat(seedance.getCallbackBaseUrl()).isNull();
        assertThat(seedance.getCallbackToken()).isNull();
        assertThat(seedance.getPollDelay()).isEqualTo(2000);
        assertThat(seedance.getPollMaxDelay()).isEqualTo(15000);
    }

    @Test
    void aBaseUrlStartsTheServerOnLoopbackAndLeavesPollingAsTheSafetyNet() {
        int port = FreePort.onLoopback();
        Main configured = new Main();
        // initial properties, the lowest kind: as a setting in the environment or a user's file would be
        configured.addInitialProperty("pipeline.callback.base-url", "https://videos.example.com");
        configured.addInitialProperty("pipeline.callback.token", "a-token-of-the-users");
        // a port of the test's own, from the JVM's system properties, over application.properties' 8080
        System.setProperty("camel.server.port", Integer.toString(port));
        CamelContext context = start(configured);

        MainHttpServer server = context.hasService(MainHttpServer.class);
        assertThat(server).isNotNull();
        assertThat(server.getHost()).isEqualTo("127.0.0.1");
        assertThat(server.getPort()).isEqualTo(port);
        assertThat(context.resolvePropertyPlaceholders("{{pipeline.callback.enabled}}")).isEqualTo("true");
        SeedanceConfiguration seedance = seedance(context);
        assertThat(seedance.getCallbackBaseUrl()).isEqualTo("https://videos.example.com");
        assertThat(seedance.getCallbackToken()).isEqualTo("a-token-of-the-users");
        assertThat(seedance.getPollDelay()).isEqualTo(60000);
        assertThat(seedance.getPollMaxDelay()).isEqualTo(300000);
    }

    private CamelContext start(Main main) {
        this.main = main;
        main.addMainListener(new CallbackMode());
        main.start();
        return main.getCamelContext();
    }

    private static SeedanceConfiguration seedance(CamelContext context) {
        return context.getComponent("seedance", SeedanceComponent.class).getConfiguration();
    }
}
