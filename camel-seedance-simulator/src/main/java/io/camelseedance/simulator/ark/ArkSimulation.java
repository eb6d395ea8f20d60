package io.camelseedance.simulator.ark;

import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;

import io.camelseedance.simulator.CallbackSender;
import io.camelseedance.simulator.LiveTasks;
import io.camelseedance.simulator.SimulatedApi;
import io.camelseedance.simulator.SimulatorSettings;
import io.camelseedance.simulator.TaskCreation;

/**
 * The simulated Ark of one simulator run: its task API, the generated files, and the {@link #upstream() upstream}
 * through which every other simulated provider creates and reads its tasks.
 */
public final class ArkSimulation {

    private final ArkApi api;
    private final ArkFileDownloads files;
    private final ArkUpstream upstream;
    private final ArkTaskStore store;

    /**
     * @param baseUri where the simulator listens, e.g. {@code http://127.0.0.1:8089}; file URLs point there
     * @param created told of every task created, whichever API it came through, in creation order
     */
    public ArkSimulation(SimulatorSettings settings, String baseUri, ScheduledExecutorService scheduler,
            CallbackSender callbacks, Consumer<TaskCreation> created) {
        ArkErrors errors = new ArkErrors(settings.retryAfterSeconds());
        this.files = new ArkFileDownloads(baseUri, errors);
        this.store = new ArkTaskStore();
        ArkTaskJson json = new ArkTaskJson(files);
        ArkTaskLifecycle lifecycle = new ArkTaskLifecycle(
                store, json, files, callbacks, scheduler, settings.queuedFor(), settings.runningFor(), created);
        ArkTaskIntake intake = new ArkTaskIntake(lifecycle, store, settings.endpoints());
        this.api = new ArkApi(settings.apiKey(), errors, store, intake, json);
        this.upstream = new ArkUpstream(intake, api::task);
    }

    /** How many tasks run at once, whichever API created them. */
    public LiveTasks liveTasks() {
        return store.live();
    }

    /** Ark's task API under {@value ArkApi#BASE_PATH}; it also answers paths no API owns, in Ark's format. */
    public SimulatedApi api() {
        return api;
    }

    /** The generated files under {@value ArkFileDownloads#PREFIX}. */
    public SimulatedApi files() {
        return files;
    }

    /** The MP4 served for a succeeded task. */
    public Optional<byte[]> video(String taskId) {
        return files.video(taskId);
    }

    /** The last frame served for a succeeded task that asked for it. */
    public Optional<byte[]> lastFrame(String taskId) {
        return files.lastFrame(taskId);
    }

    /** Ark as the upstream of the resellers and relays the simulator speaks. */
    public ArkUpstream upstream() {
        return upstream;
    }
}
