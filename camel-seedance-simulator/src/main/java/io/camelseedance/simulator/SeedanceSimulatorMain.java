package io.camelseedance.simulator;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a simulator from the command line until the JVM is stopped, for demos and for trying a client by hand:
 * {@code java -jar … --port 8089 --api-key sim-key --queued 1s --running 3s}.
 */
public final class SeedanceSimulatorMain {

    static final int DEFAULT_PORT = 8089;
    private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m)");
    private static final String USAGE = """
            Usage: SeedanceSimulatorMain [--port N] [--api-key KEY] [--queued DURATION] [--running DURATION]
              --port      port on 127.0.0.1 (default 8089, 0 for any free port)
              --api-key   the only accepted bearer token (default: any non-empty token)
              --queued    how long tasks stay queued, e.g. 500ms, 2s, 1m (default 1s)
              --running   how long tasks run, e.g. 500ms, 2s, 1m (default 3s)
              --help      print this help""";

    private SeedanceSimulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (Arrays.asList(args).contains("--help")) {
            System.out.println(USAGE);
            return;
        }
        SeedanceSimulator simulator;
        try {
            simulator = parse(args).build().start();
        } catch (IllegalArgumentException | UncheckedIOException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(simulator::close, "seedance-sim-shutdown"));
        System.out.print(banner(simulator));
        new CountDownLatch(1).await();
    }

    /** Where the simulator listens, then each provider's base URL, one a line. */
    static String banner(SeedanceSimulator simulator) {
        StringBuilder banner = new StringBuilder(
                String.format("Seedance simulator listening on %s%n", simulator.baseUri()));
        simulator.providerIds().forEach(id -> banner.append(String.format("  %-11s %s%n", id, simulator.baseUrl(id))));
        return banner.toString();
    }

    static SeedanceSimulator.Builder parse(String[] args) {
        SeedanceSimulator.Builder builder = SeedanceSimulator.builder().port(DEFAULT_PORT);
        for (int i = 0; i < args.length; i += 2) {
            String option = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("Missing value for " + option);
            }
            String value = args[i + 1];
            switch (option) {
                case "--port" -> builder.port(port(value));
                case "--api-key" -> builder.apiKey(value);
                case "--queued" -> builder.queuedFor(duration(value));
                case "--running" -> builder.runningFor(duration(value));
                default -> throw new IllegalArgumentException("Unknown option " + option);
            }
        }
        return builder;
    }

    /** Accepts {@code 500ms}, {@code 2s} and {@code 1m}. */
    static Duration duration(String text) {
        Matcher matcher = DURATION.matcher(text.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Not a duration (use e.g. 500ms, 2s, 1m): " + text);
        }
        long amount = Long.parseLong(matcher.group(1));
        return switch (matcher.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            default -> Duration.ofMinutes(amount);
        };
    }

    private static int port(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not a port number: " + text);
        }
    }
}
