package io.camelseedance.examples;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.camel.main.Main;

import io.camelseedance.simulator.SeedanceSimulator;

/**
 * Generates one video and prints where it is. Without {@code SEEDANCE_API_KEY} in the environment it runs against an
 * embedded Seedance simulator; with it, against the real provider ({@code seedance.provider}, {@code seedance.model}
 * system properties choose which).
 */
public final class SeedanceDemo {

    private SeedanceDemo() {
    }

    public static void main(String[] args) throws Exception {
        Path outputDir = Path.of(System.getProperty("seedance.output", "target/demo-videos")).toAbsolutePath();
        String apiKey = System.getenv("SEEDANCE_API_KEY");
        SeedanceSimulator simulator = null;
        Main main = new Main();
        if (apiKey == null || apiKey.isBlank()) {
            simulator = SeedanceSimulator.builder().port(0).apiKey("demo-key")
                    .queuedFor(Duration.ofMillis(500)).runningFor(Duration.ofSeconds(2)).build().start();
            System.out.println("No SEEDANCE_API_KEY set: using the embedded simulator at " + simulator.arkBaseUrl());
            main.addInitialProperty("camel.component.seedance.base-url", simulator.arkBaseUrl());
            main.addInitialProperty("camel.component.seedance.api-key", "demo-key");
            main.addInitialProperty("seedance.model", "dreamina-seedance-2-0-260128");
            main.addInitialProperty("seedance.pollDelay", "500");
        } else {
            main.addInitialProperty("camel.component.seedance.provider", System.getProperty("seedance.provider",
                    "byteplus"));
            main.addInitialProperty("seedance.model", System.getProperty("seedance.model",
                    "dreamina-seedance-2-0-fast-260128"));
            main.addInitialProperty("seedance.pollDelay", "5000");
        }
        main.addInitialProperty("seedance.output", outputDir.toString());
        main.addInitialProperty("seedance.prompt", System.getProperty("seedance.prompt",
                "A red fox trots through fresh snow at dawn, cinematic, soft light"));

        CountDownLatch done = new CountDownLatch(1);
        AtomicReference<String> result = new AtomicReference<>();
        main.configure().addRoutesBuilder(new GenerateOneVideoRoute(outcome -> {
            result.set(outcome);
            done.countDown();
        }));
        main.start();
        try {
            if (!done.await(30, TimeUnit.MINUTES)) {
                result.set("Timed out waiting for the video");
            }
        } finally {
            main.stop();
            if (simulator != null) {
                simulator.close();
            }
        }
        System.out.println(result.get());
    }
}
