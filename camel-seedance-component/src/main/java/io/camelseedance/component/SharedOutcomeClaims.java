package io.camelseedance.component;

import io.camelseedance.tracking.EmissionClaim;
import io.camelseedance.tracking.SharedTaskStore;

/**
 * The outcomes kept for {@code seedance:tasks?mode=tracked} in a shared task store, claimed row by row: an instance
 * emits the outcomes it claimed, and the outcome is deleted when its exchange completes, so nothing is left behind.
 */
final class SharedOutcomeClaims extends SharedClaims {

    private final SharedTaskStore store;

    SharedOutcomeClaims(SharedTaskStore store) {
        this.store = store;
    }

    @Override
    EmissionClaim claim(String taskId) {
        return store.claimOutcome(taskId);
    }

    @Override
    public boolean contains(String taskId) {
        return false; // an outcome still kept has not been emitted
    }

    @Override
    public boolean remove(String taskId) {
        done(taskId);
        store.releaseOutcome(taskId);
        return true;
    }

    @Override
    public boolean confirm(String taskId) {
        done(taskId);
        return true; // the tracker deletes the outcome once its exchange completed
    }

    @Override
    public void clear() {
        // the outcomes are the tracker's to delete
    }
}
