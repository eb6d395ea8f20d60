package io.camelseedance.quarkus.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import io.camelseedance.simulator.SeedanceSimulator;

/**
 * Starts the Seedance simulator on 127.0.0.1 before the application, and gives the application its address, a key,
 * the port its HTTP server listens on and the callback address that follows from it.
 */
public class SimulatorResource implements QuarkusTestResourceLifecycleManager {

    static final String API_KEY = "sim-quarkus-key";
    static final String CALLBACK_TOKEN = "quarkus-callback-token-0123456789";

    private SeedanceSimulator simulator;
    private int httpPort;

    @Override
    public Map<String, String> start() {
        simulator = SeedanceSimulator.builder().apiKey(API_KEY).queuedFor(Duration.ofMillis(100))
                .runningFor(Duration.ofMillis(400)).build().start();
        httpPort = freePort();
        return Map.of("quarkus.http.test-port", String.valueOf(httpPort),
                "camel.component.seedance.api-key", API_KEY,
                "camel.component.seedance.base-url", simulator.baseUrl("byteplus"),
                "camel.component.seedance.callback-base-url", "http://127.0.0.1:" + httpPort,
                "camel.component.seedance.callback-token", CALLBACK_TOKEN);
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(simulator, new TestInjector.MatchesType(SeedanceSimulator.class));
        injector.injectIntoFields(httpPort, new TestInjector.AnnotatedAndMatchesType(HttpPort.class, int.class));
    }

    @Override
    public void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
