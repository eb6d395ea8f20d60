package io.camelseedance.examples;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.camel.main.Main;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.camelseedance.examples.standin.LocalStandIns;

/**
 * The video pipeline as a Camel Main application: it runs until stopped (Ctrl+C), taking files from the inbox.
 * <p>
 * What it talks to, decided at start:
 * <ul>
 * <li>Seedance: the real provider when {@code SEEDANCE_API_KEY} and {@code -Dseedance.provider} are both set (see
 * {@link SeedanceTarget}), else the local simulator, unless {@code -Dpipeline.local-seedance=false}, when the
 * {@code camel.component.seedance.*} properties and {@code seedance.model} say where Seedance is (e.g. a simulator
 * shared by several instances);</li>
 * <li>S3: a local S3Proxy under {@code target/pipeline/s3}, unless {@code -Dpipeline.local-s3=false}, when the
 * {@code camel.component.aws2-s3.*} properties say where S3 is;</li>
 * <li>SMTP: a local GreenMail, unless {@code -Dpipeline.local-smtp=false}, when {@code pipeline.mail.*} say where
 * the mail server is.</li>
 * </ul>
 * With {@code pipeline.callback.base-url} set, the provider tells the application when a video is done, through an
 * HTTP server on {@code camel.server.host:port} (127.0.0.1:8080), instead of being polled: see {@link CallbackMode}.
 * {@code -Dpipeline.dsl=yaml} runs the YAML version of the pipeline instead of the Java one;
 * {@code -Dpipeline.config=<file>} reads a properties file of the user's over {@code application.properties}.
 */
public final class VideoPipelineApplication {

    private static final Logger LOG = LoggerFactory.getLogger(VideoPipelineApplication.class);

    private VideoPipelineApplication() {
    }

    public static void main(String[] args) throws Exception {
        LaunchSettings.clearBlankSystemProperties("pipeline.dsl", "pipeline.config", "pipeline.local-seedance",
                "pipeline.local-s3", "pipeline.local-smtp", "pipeline.callback.base-url", "seedance.provider",
                "seedance.model");
        LaunchSettings settings = LaunchSettings.fromSystem();
        PipelineDsl dsl = PipelineDsl.parse(settings.get("pipeline.dsl", "java"));
        Optional<SeedanceTarget> provider = SeedanceTarget.realProvider(settings);
        LocalStandIns.Builder standIns = LocalStandIns.in(Path.of(settings.get("pipeline.work", "target/pipeline")));
        if (provider.isEmpty() && settings.flag("pipeline.local-seedance", true)) {
            standIns.simulator(Duration.ofSeconds(1), Duration.ofSeconds(3), Duration.ofMillis(500));
        }
        if (settings.flag("pipeline.local-s3", true)) {
            standIns.s3();
        }
        if (settings.flag("pipeline.local-smtp", true)) {
            standIns.smtp();
        }
        try (LocalStandIns started = standIns.start()) {
            Map<String, String> properties = new LinkedHashMap<>(started.properties());
            provider.ifPresent(p -> properties.putAll(p.properties()));
            describe(provider, started);
            Main main = dsl.newMain(properties);
            // a file of the user's own settings overrides application.properties key by key: of several locations, the
            // first that defines a key wins
            settings.get("pipeline.config").ifPresent(config -> main.setPropertyPlaceholderLocations(
                    "file:" + Path.of(config).toAbsolutePath() + ",classpath:application.properties"));
            main.run();
        }
    }

    private static void describe(Optional<SeedanceTarget> provider, LocalStandIns standIns) {
        LOG.info("Seedance: {}", provider.map(p -> p.provider() + " (" + p.model() + "), paid")
                .or(() -> standIns.simulator().map(s -> "simulator at " + s.baseUrl("byteplus")))
                .orElse("as configured (camel.component.seedance.*)"));
        standIns.s3().ifPresent(s3 -> LOG.info("S3: S3Proxy at {}, buckets under {}", s3.endpoint(), s3.directory()));
        standIns.smtp().ifPresent(smtp -> LOG.info("SMTP: GreenMail at {}:{}", smtp.host(), smtp.port()));
    }
}
