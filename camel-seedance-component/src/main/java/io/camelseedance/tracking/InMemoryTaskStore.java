package io.camelseedance.tracking;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.camelseedance.api.VideoTask;

/**
 * The default store: fast, and gone with the JVM. Use {@link FileTaskStore} to survive restarts.
 */
public final class InMemoryTaskStore implements TaskStore {

    private final Map<String, TrackedTask> inFlight = new ConcurrentHashMap<>();
    private final Map<String, VideoTask> outcomes = new ConcurrentHashMap<>();

    @Override
    public void saveInFlight(TrackedTask task) {
        inFlight.put(task.id(), task);
    }

    @Override
    public void removeInFlight(String taskId) {
        inFlight.remove(taskId);
    }

    @Override
    public Collection<TrackedTask> inFlight() {
        return List.copyOf(inFlight.values());
    }

    @Override
    public void saveOutcome(VideoTask task) {
        outcomes.put(task.id(), task);
    }

    @Override
    public void removeOutcome(String taskId) {
        outcomes.remove(taskId);
    }

    @Override
    public Collection<VideoTask> outcomes() {
        return List.copyOf(outcomes.values());
    }
}
