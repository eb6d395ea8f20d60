package io.camelseedance.examples.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.camelseedance.examples.VideoPipelineApplication;
import io.camelseedance.examples.standin.LocalS3;

/**
 * One instance of the video pipeline in a JVM of its own, started with the classpath of the JVM that starts it and the
 * settings of a shared properties file (its {@code pipeline.config}); its output goes to a log file of its own.
 */
final class PipelineInstance {

    /** What Camel Main logs once the routes run. */
    private static final String STARTED = ") started in ";

    private final String name;
    private final Process process;
    private final Path log;

    private PipelineInstance(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /** Starts {@code name}, which reads {@code config} over the pipeline's own settings and logs to {@code log}. */
    static PipelineInstance start(String name, Path config, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // nothing local: Seedance, S3, SMTP and PostgreSQL are the ones the config names, shared by every instance
        List<String> command = List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1",
                LocalS3.clientJvmOption(),
                "-Dpipeline.local-seedance=false", "-Dpipeline.local-s3=false", "-Dpipeline.local-smtp=false",
                "-Dpipeline.config=" + config, "-classpath", System.getProperty("java.class.path"),
                VideoPipelineApplication.class.getName());
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        return new PipelineInstance(name, process, log);
    }

    String name() {
        return name;
    }

    long pid() {
        return process.pid();
    }

    Path log() {
        return log;
    }

    boolean started() throws IOException {
        return Files.exists(log) && Files.readString(log).contains(STARTED);
    }

    boolean alive() {
        return process.isAlive();
    }

    /** SIGKILL: no shutdown hook, no route stopped, no claim released. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** SIGTERM, letting Camel stop its routes, then SIGKILL if it takes longer than {@code patience}. */
    void stop(Duration patience) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
            kill();
        }
    }
}
