package io.camelseedance.examples.watch;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.console.DevConsole;

import io.camelseedance.component.SeedanceDevConsole;

/**
 * Where this instance's tasks in flight stand (status and progress, as last polled or called back), read from the
 * seedance dev console: the component keeps them in memory only, and the console is how it shows them.
 */
final class TrackedProgress {

    /** A task's standing: {@code status} in lower case ({@code queued}, {@code running}), progress if reported. */
    record Standing(String status, Integer progress) {
    }

    private final SeedanceDevConsole console = new SeedanceDevConsole();

    TrackedProgress(CamelContext context) {
        console.setCamelContext(context);
    }

    /** The tasks in flight of every seedance component of the context, by task id. */
    @SuppressWarnings("unchecked")
    Map<String, Standing> byTaskId() {
        Map<String, Object> json = (Map<String, Object>) console.call(DevConsole.MediaType.JSON, Map.of());
        Map<String, Standing> tasks = new HashMap<>();
        for (Map<String, Object> component : (List<Map<String, Object>>) json.getOrDefault("components", List.of())) {
            for (Map<String, Object> task : (List<Map<String, Object>>) component.getOrDefault("inFlight",
                    List.of())) {
                Object progress = task.get("progress");
                tasks.put((String) task.get("id"), new Standing((String) task.get("status"),
                        progress instanceof Number n ? n.intValue() : null));
            }
        }
        return tasks;
    }
}
