package io.camelseedance.provider;

/**
 * The optional operations and behaviours a provider offers.
 *
 * @param list           lists tasks (with filters and paging)
 * @param batchGet       fetches many tasks by id in one call
 * @param cancel         cancels a queued task / deletes a finished one
 * @param callbacks      POSTs task updates to a callback URL given at create time
 * @param idempotentCreate accepts an idempotency key, so a create whose answer was lost may be re-sent safely
 */
public record ProviderFeatures(boolean list, boolean batchGet, boolean cancel, boolean callbacks,
        boolean idempotentCreate) {
}
