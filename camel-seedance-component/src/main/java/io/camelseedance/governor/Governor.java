package io.camelseedance.governor;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.camelseedance.api.SeedanceOutcomeUnknownException;
import io.camelseedance.api.VideoRequest;
import io.camelseedance.api.VideoTask;

/**
 * What one endpoint's creates must pass before they are sent: an estimate that fits in the budget and a task left in
 * the daily quota ({@link #admit}, refused at once with nothing sent), then a slot under the account's cap on tasks in
 * flight ({@link Pass#slot}, waited for without a thread). The pass follows the create to its task's end, which
 * settles the budget with the provider's usage and frees the slot.
 */
public final class Governor {

    /** No budget, no quota, no cap. */
    public static final Governor NONE = new Governor(null, null, null, null, Duration.ZERO);

    private final CostEstimator estimator;
    private final SpendBudget budget;
    private final SpendLimits limits;
    private final FlightSlots slots;
    private final Duration slotWait;

    /**
     * @param estimator estimates each create; {@code null} when no budget asks for estimates
     * @param budget    the budget the endpoint spends, with its quota; {@code null} for none
     * @param limits    the endpoint's limits on that budget
     * @param slots     the account's cap on tasks in flight; {@code null} for none
     * @param slotWait  how long a create waits for a slot at most
     */
    public Governor(CostEstimator estimator, SpendBudget budget, SpendLimits limits, FlightSlots slots,
            Duration slotWait) {
        this.estimator = estimator;
        this.budget = budget;
        this.limits = limits;
        this.slots = slots;
        this.slotWait = slotWait;
    }

    /** Whether tasks must be followed to their end to settle a budget or free a slot. */
    public boolean followsTasks() {
        return budget != null || slots != null;
    }

    /**
     * Estimates the create and reserves its estimate and a task of the daily quota.
     *
     * @throws io.camelseedance.api.SeedanceBudgetException     over the budget or the quota; nothing was sent
     * @throws io.camelseedance.api.SeedanceValidationException when the cost cannot be estimated
     */
    public Pass admit(VideoRequest request) {
        Estimate estimate = estimator == null ? null : estimator.estimate(request);
        String ticket = "create-" + UUID.randomUUID();
        if (budget != null) {
            budget.reserve(ticket, estimate != null ? estimate : new Estimate(0, limits.unit(), "no budget", null),
                    limits);
        }
        return new Pass(estimate, ticket);
    }

    /** One create's way through the governor. */
    public final class Pass {
        private final Estimate estimate;
        private final String ticket;
        private volatile String key;
        private volatile FlightSlots.Slot slot;

        private Pass(Estimate estimate, String ticket) {
            this.estimate = estimate;
            this.ticket = ticket;
            this.key = ticket;
        }

        /** The create's estimate, or {@code null} when none was asked for. */
        public Estimate estimate() {
            return estimate;
        }

        /**
         * Completes when the create may be sent. If the wait ends at its deadline, the reservation is handed back and
         * the future fails with {@link io.camelseedance.api.SeedanceSlotTimeoutException}.
         */
        public CompletableFuture<Void> slot() {
            if (slots == null) {
                return CompletableFuture.completedFuture(null);
            }
            return slots.acquire(slotWait).handle((taken, error) -> {
                if (error != null) {
                    notSent(error);
                    throw error instanceof CompletionException c ? c : new CompletionException(error);
                }
                slot = taken;
                return null;
            });
        }

        /** The create answered with this task. */
        public void created(VideoTask task) {
            if (budget != null) {
                budget.created(ticket, task.id());
            }
            key = task.id();
        }

        /**
         * The create failed. A create whose outcome is unknown may have been billed, so it is charged its estimate;
         * any other failure sent nothing that is billed, so the reservation goes back.
         */
        public void notSent(Throwable error) {
            Throwable cause = error instanceof CompletionException && error.getCause() != null
                    ? error.getCause()
                    : error;
            if (budget != null) {
                if (cause instanceof SeedanceOutcomeUnknownException) {
                    budget.settleAsEstimated(ticket);
                } else {
                    budget.refund(ticket);
                }
            }
            freeSlot();
        }

        /** Nothing was sent, as a task created before is adopted: the reservation goes back. */
        public void unused() {
            if (budget != null) {
                budget.refund(ticket);
            }
            freeSlot();
        }

        /** The task ended: the budget is charged what the provider reported, and the slot freed. */
        public void ended(VideoTask task) {
            if (budget != null) {
                budget.settle(key, task);
            }
            freeSlot();
        }

        /** Following the task ended before the task did (its deadline): it is charged its estimate. */
        public void lost() {
            if (budget != null) {
                budget.settleAsEstimated(key);
            }
            freeSlot();
        }

        private void freeSlot() {
            FlightSlots.Slot taken = slot;
            if (taken != null) {
                taken.release();
            }
        }
    }
}
