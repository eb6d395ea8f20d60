package io.camelseedance.examples.watch;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

import org.apache.camel.CamelContext;

import io.camelseedance.component.SeedanceComponent;
import io.camelseedance.tracking.FileTaskStore;
import io.camelseedance.tracking.JdbcTaskStore;
import io.camelseedance.tracking.TaskStore;
import io.camelseedance.tracking.TrackedTask;

/**
 * The seedance component's task store, read through the {@link TaskStore} SPI: the store set on the component
 * ({@code camel.component.seedance.task-store}), the PostgreSQL tables of its {@code task-store-data-source}, or the
 * files under its {@code task-store-directory}. Each may be shared by several instances, and then lists the tasks in
 * flight of all of them. The default store lives in one
 * instance's memory only: the page does not read it, and says so.
 */
final class TaskStoreReader {

    /**
     * @param description where the store is, for a person
     * @param store       the store, or {@code null} when it is in memory
     */
    private record Found(String description, TaskStore store) {
    }

    private final CamelContext context;
    private volatile Found found;

    TaskStoreReader(CamelContext context) {
        this.context = context;
    }

    String description() {
        return found().description();
    }

    /** Whether the store is one the instances could share (not in one instance's memory). */
    boolean readable() {
        return found().store() != null;
    }

    Collection<TrackedTask> inFlight() {
        TaskStore store = found().store();
        return store == null ? List.of() : store.inFlight().all();
    }

    /** Looked up at first use, once the component has its settings. */
    private Found found() {
        Found f = found;
        if (f == null) {
            f = find(context.getComponent("seedance", SeedanceComponent.class));
            found = f;
        }
        return f;
    }

    private static Found find(SeedanceComponent component) {
        if (component.getTaskStore() != null) {
            return new Found(component.getTaskStore().getClass().getSimpleName(), component.getTaskStore());
        }
        if (component.getTaskStoreDataSource() != null) {
            // a reader of the component's tables, which the component created when it started
            return new Found("PostgreSQL (camel.component.seedance.task-store-data-source)",
                    new JdbcTaskStore(component.getTaskStoreDataSource()));
        }
        if (component.getTaskStoreDirectory() != null) {
            Path directory = Path.of(component.getTaskStoreDirectory()).toAbsolutePath();
            return new Found("files under " + directory, new FileTaskStore(directory));
        }
        return new Found("in the memory of each instance (set camel.component.seedance.task-store-directory to share"
                + " it)", null);
    }
}
