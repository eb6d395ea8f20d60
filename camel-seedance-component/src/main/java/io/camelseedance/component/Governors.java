package io.camelseedance.component;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.camelseedance.api.VideoTask;
import io.camelseedance.catalog.ModelCatalog;
import io.camelseedance.governor.CostEstimator;
import io.camelseedance.governor.CostUnit;
import io.camelseedance.governor.FlightSlots;
import io.camelseedance.governor.Governor;
import io.camelseedance.governor.LedgerBudget;
import io.camelseedance.governor.PriceTable;
import io.camelseedance.governor.SharedBudget;
import io.camelseedance.governor.SpendBudget;
import io.camelseedance.governor.SpendLimits;
import io.camelseedance.tracking.SharedSpending;
import io.camelseedance.tracking.TaskTracker;
import io.camelseedance.tracking.TrackerKey;

/**
 * The component's budgets (by name) and caps on tasks in flight (by account), shared by its endpoints. A budget or a
 * cap opened after a restart takes back what the task store kept: the spending, and the tasks still in flight, whose
 * ends settle the budget and free the slots as they come. With a store shared by instances ({@link SharedSpending}),
 * budgets and slots are counted in it, across the instances.
 */
final class Governors {

    private static final Logger LOG = LoggerFactory.getLogger(Governors.class);
    private static final String NAME = "[A-Za-z0-9._:-]+";

    private final TaskTracker tracker;
    private final ScheduledExecutorService timers;
    private final Executor workers;
    private final SeedanceMetrics metrics;
    private final Map<String, SpendBudget> budgets = new ConcurrentHashMap<>();
    private final Map<TrackerKey, FlightSlots> slots = new ConcurrentHashMap<>();

    Governors(TaskTracker tracker, ScheduledExecutorService timers, Executor workers, SeedanceMetrics metrics) {
        this.tracker = tracker;
        this.timers = timers;
        this.workers = workers;
        this.metrics = metrics;
    }

    /**
     * The governor of an endpoint of this account with this configuration; call once the account's client is
     * registered with the tracker, so that the tasks it resumes are known.
     *
     * @throws IllegalArgumentException naming the option that is wrong
     */
    Governor forEndpoint(TrackerKey account, SeedanceConfiguration conf, ModelCatalog catalog) {
        CostUnit unit = conf.getBudgetUnit();
        SpendLimits limits = new SpendLimits(conf.getBudget(), unit, Duration.ofMillis(conf.getBudgetPeriod()),
                conf.getDailyTaskQuota());
        if (limits.budget() > 0 && unit == CostUnit.credits && !"evolink".equals(account.provider())) {
            throw new IllegalArgumentException("budgetUnit=credits: only EvoLink bills in credits, not "
                    + account.provider() + "; budget in tokens or money");
        }
        if (conf.getSlotWaitTimeout() < 0) {
            throw new IllegalArgumentException("slotWaitTimeout cannot be negative; got " + conf.getSlotWaitTimeout());
        }
        CostEstimator estimator = limits.budget() > 0
                ? new CostEstimator(catalog, PriceTable.parse(conf.getPriceTable()), unit)
                : null;
        SpendBudget budget = limits.any() ? budget(conf.getBudgetName(), limits) : null;
        FlightSlots cap = conf.getMaxTasksInFlight() > 0 ? slots(account, conf.getMaxTasksInFlight()) : null;
        return new Governor(estimator, budget, limits, cap, Duration.ofMillis(conf.getSlotWaitTimeout()));
    }

    private SpendBudget budget(String name, SpendLimits limits) {
        if (name == null || !name.matches(NAME)) {
            throw new IllegalArgumentException("budgetName must be letters, digits, dot, colon, dash or underscore;"
                    + " got '" + name + "'");
        }
        SpendBudget budget = budgets.computeIfAbsent(name, n -> open(n, limits));
        if (budget.unit() != limits.unit()) {
            throw new IllegalArgumentException("budget " + name + " counts " + budget.unit() + ", not "
                    + limits.unit() + ": give this endpoint another budgetName");
        }
        return budget;
    }

    private SpendBudget open(String name, SpendLimits limits) {
        SpendBudget budget = tracker.store() instanceof SharedSpending shared
                ? new SharedBudget(name, limits.unit(), limits.period(), shared)
                : new LedgerBudget(name, limits.unit(), tracker.store().ledgers(), Clock.systemUTC());
        for (String key : budget.reserved().keySet()) {
            CompletableFuture<VideoTask> outcome = tracker.outcomeOf(key);
            if (outcome == null) {
                // a create on the wire at the crash, or a task no longer followed: it may have been billed
                LOG.info("Seedance budget {}: charging the estimate of {}, whose end cannot be known", name, key);
                budget.settleAsEstimated(key);
            } else {
                outcome.whenComplete((ended, error) -> {
                    if (error == null) {
                        budget.settle(key, ended);
                    } else {
                        budget.settleAsEstimated(key);
                    }
                });
            }
        }
        if (limits.budget() > 0) {
            metrics.budget(name, limits.unit(), () -> budget.left(limits));
        }
        return budget;
    }

    private FlightSlots slots(TrackerKey account, int cap) {
        return slots.computeIfAbsent(account, a -> {
            FlightSlots opened = new FlightSlots(cap, timers, workers, sharedClaims(a));
            tracker.inFlight().stream().filter(task -> task.key().equals(a)).forEach(task -> {
                FlightSlots.Slot slot = opened.occupy();
                CompletableFuture<VideoTask> outcome = tracker.outcomeOf(task.id());
                if (outcome == null) {
                    slot.release();
                } else {
                    outcome.whenComplete((ended, error) -> slot.release());
                }
            });
            metrics.slots(a, opened::waiting);
            return opened;
        });
    }

    /** The account's slots counted in the store when it is shared by instances, else {@code null}. */
    private FlightSlots.Claims sharedClaims(TrackerKey account) {
        if (!(tracker.store() instanceof SharedSpending shared)) {
            return null;
        }
        return new FlightSlots.Claims() {
            @Override
            public boolean claim(String slotId, int cap) {
                return shared.claimSlot(account, slotId, cap);
            }

            @Override
            public void release(String slotId) {
                shared.releaseSlot(slotId);
            }
        };
    }
}
