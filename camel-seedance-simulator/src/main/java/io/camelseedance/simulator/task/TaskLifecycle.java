package io.camelseedance.simulator.task;

import io.camelseedance.simulator.FileDownloads;
import io.camelseedance.simulator.PromptDirectives;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Walks the tasks of every simulated provider through their {@link TaskPlan} on the shared scheduler: at most one
 * pending timer per task and no thread per task, so ten thousand tasks cost ten thousand small timers. A task's
 * files are published as it succeeds; each provider hears of its tasks' changes through a {@link Listener}, to send
 * callbacks.
 */
public final class TaskLifecycle {

    /**
     * A deadline for providers that document none: far enough away never to cut a simulated task short, so only
     * {@code [sim:expire]} ends one that way.
     */
    private static final Duration NO_DEADLINE = Duration.ofDays(365);

    /** What a provider does when one of its tasks changes phase. */
    @FunctionalInterface
    public interface Listener<T extends SimulatedTask> {

        /** Right after the task was created, and after each phase change. */
        void changed(T task);
    }

    private final ScheduledExecutorService scheduler;
    private final FileDownloads files;
    private final Duration queuedFor;
    private final Duration runningFor;
    private final Consumer<String> created;

    /**
     * @param files   where succeeded tasks' files are published
     * @param created told the id of every task created, in creation order, so tests can count tasks across providers
     */
    public TaskLifecycle(ScheduledExecutorService scheduler, FileDownloads files, Duration queuedFor,
                         Duration runningFor, Consumer<String> created) {
        this.scheduler = scheduler;
        this.files = files;
        this.queuedFor = queuedFor;
        this.runningFor = runningFor;
        this.created = created;
    }

    /** The plan of a task that must be done {@code expiresAfter} its creation. */
    public TaskPlan plan(PromptDirectives directives, Duration expiresAfter) {
        return TaskPlan.of(directives, queuedFor, runningFor, expiresAfter);
    }

    /** The plan of a task of a provider that sets no deadline. */
    public TaskPlan plan(PromptDirectives directives) {
        return plan(directives, NO_DEADLINE);
    }

    /** Stores a new, queued task, tells the listener, and sets its plan going. */
    public <T extends SimulatedTask> T start(T task, TaskStore<T> store, Listener<T> listener) {
        store.add(task);
        created.accept(task.id());
        listener.changed(task);
        scheduleStep(task, 0, listener);
        return task;
    }

    private <T extends SimulatedTask> void scheduleStep(T task, int index, Listener<T> listener) {
        if (index < task.plan().steps().size()) {
            TaskPlan.Step step = task.plan().steps().get(index);
            scheduler.schedule(() -> enterStep(task, index, listener), step.after().toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    private <T extends SimulatedTask> void enterStep(T task, int index, Listener<T> listener) {
        TaskPhase next = task.plan().steps().get(index).phase();
        if (!task.state().phase().canMoveTo(next)) {
            return;
        }
        if (next == TaskPhase.SUCCEEDED) {
            // published before the phase changes, so a client that sees the task succeeded can download at once
            files.publish(task.id(), task.returnsLastFrame(), task.delivery());
        }
        if (task.moveTo(next, Instant.now())) {
            listener.changed(task);
            scheduleStep(task, index + 1, listener);
        }
    }
}
