package io.camelseedance.simulator.ark;

import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;

import io.camelseedance.simulator.CallbackSender;
import io.camelseedance.simulator.Json;
import io.camelseedance.simulator.SimulatedApi;
import io.camelseedance.simulator.SimulatorSettings;

/** Assembles the simulated Ark provider and exposes what the simulator needs from it. */
public final class ArkSimulation {

    private final ArkApi api;
    private final ArkFileDownloads files;
    private final ArkTaskStore store = new ArkTaskStore();
    private final ArkTaskJson json;
    private final ArkUpstream upstream;

    /**
     * @param baseUri where the simulator listens, e.g. {@code http://127.0.0.1:8089}; file URLs point there
     * @param created told the id of every task created, whichever API it came through, in creation order
     */
    public ArkSimulation(SimulatorSettings settings, String baseUri, ScheduledExecutorService scheduler,
            CallbackSender callbacks, Consumer<String> created) {
        ArkErrors errors = new ArkErrors(settings.retryAfterSeconds());
        this.files = new ArkFileDownloads(baseUri, errors);
        this.json = new ArkTaskJson(files);
        ArkTaskLifecycle lifecycle = new ArkTaskLifecycle(
                store, json, files, callbacks, scheduler, settings.queuedFor(), settings.runningFor(), created);
        ArkTaskIntake intake = new ArkTaskIntake(lifecycle, store);
        this.api = new ArkApi(settings.apiKey(), errors, store, intake, json);
        this.upstream = new ArkUpstream(intake, id -> store.find(id).map(json::render));
    }

    public SimulatedApi api() {
        return api;
    }

    public SimulatedApi files() {
        return files;
    }

    /** Ark as the upstream of the resellers and relays the simulator speaks. */
    public ArkUpstream upstream() {
        return upstream;
    }

    /** The task as the retrieve endpoint would return it now, if it exists. */
    public Optional<JsonNode> task(String id) {
        return upstream.task(id).map(Json::asParsed);
    }
}
