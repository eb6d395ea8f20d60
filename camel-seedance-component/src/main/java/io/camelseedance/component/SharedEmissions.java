package io.camelseedance.component;

import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.service.ServiceSupport;

import io.camelseedance.tracking.SharedTaskStore;

/**
 * What one consumer (a route, the same on every instance) emitted, kept in the shared task store, so that a task
 * seen by several instances (an account listing, a repeated callback) is emitted by one of them, once.
 */
final class SharedEmissions extends ServiceSupport implements IdempotentRepository {

    private final SharedTaskStore store;
    private final String consumer;

    SharedEmissions(SharedTaskStore store, String consumer) {
        this.store = store;
        this.consumer = consumer;
    }

    @Override
    public boolean add(String taskId) {
        return store.claimEmission(consumer, taskId);
    }

    @Override
    public boolean contains(String taskId) {
        return store.hasEmission(consumer, taskId);
    }

    @Override
    public boolean remove(String taskId) {
        store.releaseEmission(consumer, taskId);
        return true;
    }

    @Override
    public boolean confirm(String taskId) {
        store.confirmEmission(consumer, taskId);
        return true;
    }

    @Override
    public void clear() {
        store.clearEmissions(consumer);
    }
}
