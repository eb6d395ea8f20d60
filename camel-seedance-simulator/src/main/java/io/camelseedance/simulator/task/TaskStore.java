package io.camelseedance.simulator.task;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/** One provider's tasks, by id, with the newest-first order that listings need. */
public final class TaskStore<T extends SimulatedTask> {

    private final Map<String, T> tasks = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();

    public long nextSequence() {
        return sequence.incrementAndGet();
    }

    public void add(T task) {
        tasks.put(task.id(), task);
    }

    public Optional<T> find(String id) {
        return Optional.ofNullable(tasks.get(id));
    }

    public void remove(T task) {
        tasks.remove(task.id(), task);
    }

    /** The tasks that match, newest first. */
    public List<T> newestFirst(Predicate<? super T> filter) {
        return tasks.values().stream()
                .filter(filter)
                .sorted(Comparator.comparingLong(SimulatedTask::sequence).reversed())
                .toList();
    }
}
