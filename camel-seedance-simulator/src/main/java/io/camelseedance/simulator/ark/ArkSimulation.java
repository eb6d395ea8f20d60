package io.camelseedance.simulator.ark;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelseedance.simulator.CallbackSender;
import io.camelseedance.simulator.FileDownloads;
import io.camelseedance.simulator.Json;
import io.camelseedance.simulator.SimulatedApi;
import io.camelseedance.simulator.SimulatorSettings;
import io.camelseedance.simulator.task.TaskLifecycle;
import io.camelseedance.simulator.task.TaskStore;
import java.util.Optional;

/** Assembles the simulated Ark provider and exposes what the simulator needs from it. */
public final class ArkSimulation {

    private final ArkApi api;
    private final TaskStore<ArkTask> store = new TaskStore<>();
    private final ArkTaskJson json;

    /**
     * @param files     where succeeded tasks' files are published
     * @param lifecycle the scheduler shared by every simulated provider
     */
    public ArkSimulation(SimulatorSettings settings, FileDownloads files, TaskLifecycle lifecycle,
                         CallbackSender callbacks) {
        ArkErrors errors = new ArkErrors(settings.retryAfterSeconds());
        this.json = new ArkTaskJson(files);
        ArkTaskLifecycle tasks = new ArkTaskLifecycle(store, json, callbacks, lifecycle);
        this.api = new ArkApi(settings.apiKey(), errors, store, tasks, json);
    }

    public SimulatedApi api() {
        return api;
    }

    /** The task as the retrieve endpoint would return it now, if it exists. */
    public Optional<JsonNode> task(String id) {
        return store.find(id).map(task -> Json.asParsed(json.render(task)));
    }
}
