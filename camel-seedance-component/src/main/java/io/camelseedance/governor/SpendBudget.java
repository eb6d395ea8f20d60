package io.camelseedance.governor;

import java.util.Map;

import io.camelseedance.api.VideoTask;
import io.camelseedance.tracking.SpendLedger.Reservation;

/**
 * One named budget: what its period has spent, what the creates not yet ended are estimated to cost, and how many tasks
 * were submitted today. A create reserves its estimate before it is sent ({@link #reserve}), or is refused with nothing
 * sent; when its task ends, the estimate is replaced by what the provider reported ({@link #settle}). Every change is
 * in the task store before the method returns, so a restart keeps what was spent. Thread-safe.
 */
public interface SpendBudget {

    String name();

    /** What the budget counts. */
    CostUnit unit();

    /**
     * Reserves a create's estimate under {@code ticket}, counting it as a task of today.
     *
     * @throws io.camelseedance.api.SeedanceBudgetException when the daily quota is used up, or the estimate does not
     *                                                       fit in what is left of the budget; nothing is reserved then
     */
    void reserve(String ticket, Estimate estimate, SpendLimits limits);

    /** The create of {@code ticket} answered with a task: its reservation is now the task's. */
    void created(String ticket, String taskId);

    /** The create of {@code ticket} was not sent, or surely created nothing: its reservation and task are handed back. */
    void refund(String ticket);

    /** The task (or create) under {@code key} ended: it is charged what the provider reported. */
    void settle(String key, VideoTask ended);

    /** The end of the task (or create) under {@code key} cannot be known: it is charged its estimate. */
    void settleAsEstimated(String key);

    /** The reservations this instance settles: tasks not ended (by task id) and creates on the wire (by ticket). */
    Map<String, Reservation> reserved();

    /** What is left of the budget for new creates: the budget less what is spent and reserved. */
    double left(SpendLimits limits);
}
