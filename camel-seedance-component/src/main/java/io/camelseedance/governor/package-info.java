/**
 * The spend and quota governor: estimates a create's cost before it is sent ({@link io.camelseedance.governor.CostEstimator}),
 * refuses what does not fit in a budget or a daily quota ({@link io.camelseedance.governor.SpendBudget}), and holds
 * back creates beyond an account's cap on tasks in flight without holding a thread
 * ({@link io.camelseedance.governor.FlightSlots}). What a budget spent is kept in the task store.
 * <p>
 * Layer 6 of 7: may depend on {@code api}, {@code catalog} and {@code tracking} (and the layers below them); no Camel
 * type.
 */
package io.camelseedance.governor;
