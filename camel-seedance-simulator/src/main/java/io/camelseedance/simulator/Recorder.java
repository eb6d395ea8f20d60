package io.camelseedance.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A thread-safe list of things the simulator saw, in arrival order. Readers get copies, so a test can iterate
 * while requests keep arriving; appends stay cheap even with tens of thousands of entries.
 */
final class Recorder<T> {

    private final List<T> entries = new ArrayList<>();

    synchronized void record(T entry) {
        entries.add(entry);
    }

    synchronized List<T> all() {
        return List.copyOf(entries);
    }

    synchronized List<T> matching(Predicate<? super T> filter) {
        return entries.stream().filter(filter).toList();
    }

    synchronized void clear() {
        entries.clear();
    }
}
