package io.camelseedance.component;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.service.ServiceSupport;

import io.camelseedance.tracking.EmissionClaim;

/**
 * Emission claims in a shared task store, which also know the claims taken over from an instance that died holding
 * them: those emissions may be redeliveries, and their exchanges say so.
 */
abstract class SharedClaims extends ServiceSupport implements IdempotentRepository {

    /** Claims taken over, until their exchange is done. */
    private final Set<String> takenOver = ConcurrentHashMap.newKeySet();

    /** Claims the emission of the task in the store. */
    abstract EmissionClaim claim(String taskId);

    @Override
    public final boolean add(String taskId) {
        EmissionClaim claim = claim(taskId);
        if (claim == EmissionClaim.TAKEN_OVER) {
            takenOver.add(taskId);
        }
        return claim.taken();
    }

    /** Whether the claim of the task was taken over from an instance that died holding it. */
    boolean redelivered(String taskId) {
        return takenOver.contains(taskId);
    }

    /** The exchange of the task is done (or was never sent): its claim is settled. */
    void done(String taskId) {
        takenOver.remove(taskId);
    }
}
