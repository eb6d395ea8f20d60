package io.camelseedance.benchmarks;

import java.util.List;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.console.DevConsole;
import org.apache.camel.util.json.JsonObject;

import io.camelseedance.component.SeedanceDevConsole;

/**
 * What a probe's tracker says about itself, read from the {@code seedance} dev console of its context (the component
 * named {@code seedance}): the simulator counts the requests of every instance together, and every request to the
 * tasks path (a lost create's search of the list too), where the tracker counts its own reads.
 */
final class TrackerReads {

    private static final List<String> POLL_KEYS = List.of("calls", "ids", "partialCalls", "slowAnswers");

    private TrackerReads() {
    }

    /** The {@code seedance} component's part of the dev console's JSON. */
    static JsonObject seedance(CamelContext context) {
        SeedanceDevConsole console = new SeedanceDevConsole();
        console.setCamelContext(context);
        JsonObject json = (JsonObject) console.call(DevConsole.MediaType.JSON, Map.of());
        return ((List<?>) json.get("components")).stream().map(JsonObject.class::cast)
                .filter(c -> "seedance".equals(c.get("name"))).findFirst().orElseThrow();
    }

    /**
     * Reports the tracker's reads ({@code polls.calls} …, summed over the instances by the driver) and, as
     * {@code calls/ids/partial/slow}, each instance's.
     */
    static void report(CamelContext context) {
        JsonObject polls = (JsonObject) seedance(context).get("polls");
        POLL_KEYS.forEach(k -> Bench.report("polls." + k, polls.get(k)));
        Bench.report("polls.eachInstance",
                String.join("/", POLL_KEYS.stream().map(k -> String.valueOf(polls.get(k))).toList()));
    }
}
