package io.camelseedance.component;

import io.camelseedance.tracking.EmissionClaim;
import io.camelseedance.tracking.SharedTaskStore;

/**
 * What one consumer (a route, the same on every instance) emitted, kept in the shared task store, so that a task
 * seen by several instances (an account listing, a repeated callback) is emitted by one of them, once.
 */
final class SharedEmissions extends SharedClaims {

    private final SharedTaskStore store;
    private final String consumer;

    SharedEmissions(SharedTaskStore store, String consumer) {
        this.store = store;
        this.consumer = consumer;
    }

    @Override
    EmissionClaim claim(String taskId) {
        return store.claimEmission(consumer, taskId);
    }

    @Override
    public boolean contains(String taskId) {
        return store.hasEmission(consumer, taskId);
    }

    @Override
    public boolean remove(String taskId) {
        done(taskId);
        store.releaseEmission(consumer, taskId);
        return true;
    }

    @Override
    public boolean confirm(String taskId) {
        done(taskId);
        store.confirmEmission(consumer, taskId);
        return true;
    }

    @Override
    public void clear() {
        store.clearEmissions(consumer);
    }
}
