/**
 * The {@link io.camelseedance.tracking.TaskTracker}, which follows every task in flight to its outcome on one small
 * scheduler (batched polls, a deadline timer per task, callbacks fed in through the same door), keyed by
 * {@link io.camelseedance.tracking.TrackerKey} so that accounts never mix; and the
 * {@link io.camelseedance.tracking.TaskStore} that keeps tasks in flight and unemitted outcomes across restarts.
 * <p>
 * Layer 5 of 7: may depend on {@code api} and {@code client} (and the layers below them); no Camel type.
 */
package io.camelseedance.tracking;
