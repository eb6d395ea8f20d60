package io.camelseedance.tracking;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The default store: fast, and gone with the JVM. Use {@link FileTaskStore} to survive restarts.
 */
public final class InMemoryTaskStore extends ShelvedTaskStore {

    public InMemoryTaskStore() {
        super(new MemoryShelf<>(), new MemoryShelf<>(), new MemoryShelf<>(), new MemoryShelf<>(), new MemoryShelf<>());
    }

    private static final class MemoryShelf<T> implements Shelf<T> {
        private final Map<String, T> entries = new ConcurrentHashMap<>();

        @Override
        public void put(String taskId, T entry) {
            entries.put(taskId, entry);
        }

        @Override
        public void remove(String taskId) {
            entries.remove(taskId);
        }

        @Override
        public Collection<T> all() {
            return List.copyOf(entries.values());
        }
    }
}
