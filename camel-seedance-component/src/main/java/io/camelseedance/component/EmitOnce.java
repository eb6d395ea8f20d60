package io.camelseedance.component;

import org.apache.camel.Exchange;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.SynchronizationAdapter;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.util.URISupport;

import io.camelseedance.tracking.SharedTaskStore;

/**
 * A consumer's memory of the tasks it has emitted, so that each finished task becomes one exchange however often it
 * is seen (every poll, every repeated callback). A task is claimed before its exchange is created; the claim is
 * confirmed when the exchange completes and released when it fails, so that a later sighting emits it again.
 */
final class EmitOnce {

    /** Enough to remember every finished task of a long account listing. */
    private static final int DEFAULT_REPOSITORY_SIZE = 10_000;

    private final IdempotentRepository repository;

    private EmitOnce(IdempotentRepository repository) {
        this.repository = repository;
    }

    /**
     * The memory of a consumer: its idempotentRepository option, else, when the task store is shared, the store's
     * record of what this consumer emitted on any instance, else a memory of its own.
     *
     * @param routeId the consumer's route id, the same on every instance; {@code null} when it has none of its own
     *                (behind {@code master:}), and then its endpoint's URI names it
     */
    static EmitOnce of(SeedanceEndpoint endpoint, String routeId) {
        IdempotentRepository configured = endpoint.getConfiguration().getIdempotentRepository();
        SharedTaskStore shared = endpoint.getComponent().sharedStore();
        if (configured != null) {
            return new EmitOnce(configured);
        }
        String consumer = routeId != null ? routeId : URISupport.sanitizeUri(endpoint.getEndpointUri());
        return new EmitOnce(shared != null
                ? new SharedEmissions(shared, consumer)
                : MemoryIdempotentRepository.memoryIdempotentRepository(DEFAULT_REPOSITORY_SIZE));
    }

    /**
     * The memory of a tracked-mode consumer: with a shared store, the claims on the kept outcomes themselves, so that
     * one instance emits each; else as {@link #of}.
     */
    static EmitOnce ofOutcomes(SeedanceEndpoint endpoint, String routeId) {
        SharedTaskStore shared = endpoint.getComponent().sharedStore();
        return shared != null ? new EmitOnce(new SharedOutcomeClaims(shared)) : of(endpoint, routeId);
    }

    void start() {
        ServiceHelper.startService(repository);
    }

    /** Whether this caller may emit the task: {@code false} when it is emitted or being emitted already. */
    boolean claim(String taskId) {
        return repository.add(taskId);
    }

    /**
     * Whether the task just claimed may have been emitted before: its claim was taken over from an instance that died
     * holding it (only a shared task store can tell).
     */
    boolean redelivered(String taskId) {
        return repository instanceof SharedClaims shared && shared.redelivered(taskId);
    }

    /** Gives up a claim whose exchange was never sent. */
    void release(String taskId) {
        repository.remove(taskId);
    }

    /**
     * Settles the claim when the exchange is done.
     *
     * @param onEmitted what else to do once the exchange has completed successfully
     */
    void settleWhenDone(Exchange exchange, String taskId, Runnable onEmitted) {
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onComplete(Exchange done) {
                repository.confirm(taskId);
                onEmitted.run();
            }

            @Override
            public void onFailure(Exchange failed) {
                repository.remove(taskId);
            }
        });
    }
}
