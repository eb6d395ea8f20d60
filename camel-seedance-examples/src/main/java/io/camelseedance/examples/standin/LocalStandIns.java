package io.camelseedance.examples.standin;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.camelseedance.simulator.SeedanceSimulator;

/**
 * The local servers the pipeline talks to when no real ones are configured: the Seedance simulator, S3Proxy and
 * GreenMail, each on 127.0.0.1 and a free port, and the properties that point the pipeline at the ones started.
 */
public final class LocalStandIns implements AutoCloseable {

    /** The API key the simulator accepts. */
    public static final String SIMULATOR_KEY = "local-simulator-key";
    /** The model the pipeline asks the simulator for. */
    public static final String SIMULATOR_MODEL = "dreamina-seedance-2-0-260128";

    private final SeedanceSimulator simulator;
    private final LocalS3 s3;
    private final LocalSmtp smtp;
    private final Map<String, String> properties;

    private LocalStandIns(SeedanceSimulator simulator, LocalS3 s3, LocalSmtp smtp, Map<String, String> properties) {
        this.simulator = simulator;
        this.s3 = s3;
        this.smtp = smtp;
        this.properties = Collections.unmodifiableMap(properties);
    }

    /** Stand-ins keeping their files (S3Proxy's buckets) under {@code directory}. */
    public static Builder in(Path directory) {
        return new Builder(directory);
    }

    public Optional<SeedanceSimulator> simulator() {
        return Optional.ofNullable(simulator);
    }

    public Optional<LocalS3> s3() {
        return Optional.ofNullable(s3);
    }

    public Optional<LocalSmtp> smtp() {
        return Optional.ofNullable(smtp);
    }

    /** The Camel properties that point the pipeline at the stand-ins that were started. */
    public Map<String, String> properties() {
        return properties;
    }

    @Override
    public void close() throws Exception {
        List<AutoCloseable> started = new ArrayList<>();
        // stop in the reverse order of starting
        if (smtp != null) {
            started.add(smtp);
        }
        if (s3 != null) {
            started.add(s3);
        }
        if (simulator != null) {
            started.add(simulator);
        }
        closeAll(started);
    }

    private static void closeAll(List<AutoCloseable> resources) throws Exception {
        Exception first = null;
        for (AutoCloseable r : resources) {
            try {
                r.close();
            } catch (Exception e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    public static final class Builder {

        private final Path directory;
        private Duration queuedFor;
        private Duration runningFor;
        private long pollDelayMillis;
        private boolean s3;
        private boolean smtp;

        private Builder(Path directory) {
            this.directory = directory;
        }

        /**
         * A simulator whose tasks are queued, then running, for the given times, and the component's first poll
         * after {@code pollDelay}.
         */
        public Builder simulator(Duration queuedFor, Duration runningFor, Duration pollDelay) {
            this.queuedFor = queuedFor;
            this.runningFor = runningFor;
            this.pollDelayMillis = pollDelay.toMillis();
            return this;
        }

        public Builder s3() {
            this.s3 = true;
            return this;
        }

        public Builder smtp() {
            this.smtp = true;
            return this;
        }

        public LocalStandIns start() throws Exception {
            SeedanceSimulator simulator = null;
            LocalS3 localS3 = null;
            LocalSmtp localSmtp = null;
            Map<String, String> p = new LinkedHashMap<>();
            try {
                if (queuedFor != null) {
                    simulator = SeedanceSimulator.builder().port(0).apiKey(SIMULATOR_KEY)
                            .queuedFor(queuedFor).runningFor(runningFor).build().start();
                    p.put("camel.component.seedance.base-url", simulator.baseUrl("byteplus"));
                    p.put("camel.component.seedance.api-key", SIMULATOR_KEY);
                    p.put("camel.component.seedance.poll-delay", Long.toString(pollDelayMillis));
                    p.put("seedance.model", SIMULATOR_MODEL);
                }
                if (s3) {
                    localS3 = LocalS3.start(directory.resolve("s3"));
                    p.putAll(localS3.camelProperties());
                }
                if (smtp) {
                    localSmtp = LocalSmtp.start();
                    p.putAll(localSmtp.camelProperties());
                }
            } catch (Exception e) {
                List<AutoCloseable> started = new ArrayList<>();
                if (localS3 != null) {
                    started.add(localS3);
                }
                if (simulator != null) {
                    started.add(simulator);
                }
                try {
                    closeAll(started);
                } catch (Exception suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            }
            return new LocalStandIns(simulator, localS3, localSmtp, p);
        }
    }
}
