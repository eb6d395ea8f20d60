package io.camelseedance.simulator.ark;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.camelseedance.simulator.LiveTasks;

/** The tasks the simulator knows, by id, with the newest-first paging the list endpoint needs. */
final class ArkTaskStore {

    record Page(int total, List<ArkTask> items) {
    }

    private final Map<String, ArkTask> tasks = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final LiveTasks live = new LiveTasks();

    long nextSequence() {
        return sequence.incrementAndGet();
    }

    void add(ArkTask task) {
        tasks.put(task.id(), task);
        live.started();
    }

    /** Changes a task's status if its current one allows it, counting the tasks that end; returns whether it did. */
    boolean move(ArkTask task, TaskStatus next, Instant at) {
        boolean moved = task.moveTo(next, at);
        // an ended task moves no more, so a move to an end status is the task's only one
        if (moved && !next.isLive()) {
            live.ended();
        }
        return moved;
    }

    LiveTasks live() {
        return live;
    }

    Optional<ArkTask> find(String id) {
        return Optional.ofNullable(tasks.get(id));
    }

    void remove(ArkTask task) {
        tasks.remove(task.id(), task);
    }

    Page page(TaskListQuery query) {
        // a list by task ids (how clients poll and confirm many tasks) looks them up instead of scanning every task:
        // the scan made each such call cost as much as the whole store, which a real provider's index does not
        Collection<ArkTask> candidates = query.taskIds().isEmpty()
                ? tasks.values()
                : query.taskIds().stream().map(tasks::get).filter(Objects::nonNull).toList();
        List<ArkTask> matching = candidates.stream()
                .filter(query::matches)
                .sorted(Comparator.comparingLong(ArkTask::sequence).reversed())
                .toList();
        int from = (int) Math.min((long) (query.pageNum() - 1) * query.pageSize(), matching.size());
        int to = Math.min(from + query.pageSize(), matching.size());
        return new Page(matching.size(), matching.subList(from, to));
    }
}
