package io.camelseedance.governor;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.camelseedance.api.SeedanceSlotTimeoutException;

/**
 * An account's cap on tasks in flight. A create takes a slot before it is sent and gives it back when its task ends;
 * beyond the cap, creates wait in a queue, first come first served, each until its deadline. A waiting create holds
 * no thread: it is a future, completed on the executor when a slot frees up, or failed at its deadline by a timer.
 * <p>
 * With {@link Claims} shared by several instances (a database), a slot is taken only when the shared count also has
 * room; the slots other instances free are not announced, so while creates wait here the shared count is asked again
 * every {@link #SHARED_RETRY}.
 * <p>
 * Thread-safe.
 */
public final class FlightSlots {

    private static final Logger LOG = LoggerFactory.getLogger(FlightSlots.class);

    /** How often creates waiting here ask the shared count again. */
    public static final Duration SHARED_RETRY = Duration.ofMillis(100);

    private final int cap;
    private final ScheduledExecutorService timers;
    private final Executor resume;
    private final Claims claims;
    private boolean retrying;
    private final Deque<Waiter> waiting = new ArrayDeque<>();
    private int inUse;
    private Instant sweepAt;

    /**
     * @param cap    how many tasks may be in flight at once
     * @param timers where the deadlines of waiting creates are timed
     * @param resume where a create that got its slot goes on
     */
    public FlightSlots(int cap, ScheduledExecutorService timers, Executor resume) {
        this(cap, timers, resume, null);
    }

    /**
     * @param claims the count shared with other instances; {@code null} when this instance alone counts
     */
    public FlightSlots(int cap, ScheduledExecutorService timers, Executor resume, Claims claims) {
        if (cap < 1) {
            throw new IllegalArgumentException("maxTasksInFlight must be 1 or more; got " + cap);
        }
        this.cap = cap;
        this.timers = timers;
        this.resume = resume;
        this.claims = claims;
    }

    /** Slots counted across the instances that share a store. */
    public interface Claims {

        /** Takes a slot if fewer than {@code cap} are taken ({@code cap} 0: whatever the count). */
        boolean claim(String slotId, int cap);

        void release(String slotId);
    }

    public int cap() {
        return cap;
    }

    /**
     * A slot, at once when one is free and nobody waits, else when the creates queued before this one have theirs and
     * a slot frees up.
     *
     * @param maxWait how long to wait at most; then the future fails with {@link SeedanceSlotTimeoutException}
     */
    public CompletableFuture<Slot> acquire(Duration maxWait) {
        Instant now = Instant.now();
        Waiter waiter = new Waiter(new CompletableFuture<>(), now, now.plus(maxWait));
        synchronized (this) {
            if (waiting.isEmpty()) {
                try {
                    Slot slot = take();
                    if (slot != null) {
                        return CompletableFuture.completedFuture(slot);
                    }
                } catch (RuntimeException storeDown) {
                    return CompletableFuture.failedFuture(storeDown); // nothing sent, said at once
                }
            }
            waiting.addLast(waiter);
            if (sweepAt == null || waiter.deadline.isBefore(sweepAt)) {
                sweepAt(waiter.deadline);
            }
            retryShared();
        }
        return waiter.future;
    }

    /** A slot if this instance and the shared count both have room, else {@code null}. */
    private Slot take() {
        if (inUse >= cap) {
            return null;
        }
        Slot slot = new Slot();
        if (claims != null && !claims.claim(slot.id, cap)) {
            return null;
        }
        inUse++;
        return slot;
    }

    /** Takes a slot for a task already in flight (one resumed after a restart), even beyond the cap. */
    public synchronized Slot occupy() {
        Slot slot = new Slot();
        if (claims != null) {
            claims.claim(slot.id, 0);
        }
        inUse++;
        return slot;
    }

    // other instances free slots without telling this one: ask again while creates wait
    private void retryShared() {
        if (claims != null && !retrying) {
            retrying = true;
            timers.schedule(() -> {
                synchronized (this) {
                    retrying = false;
                }
                grantWaiting();
                synchronized (this) {
                    if (!waiting.isEmpty()) {
                        retryShared();
                    }
                }
            }, SHARED_RETRY.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    // one timer for the earliest deadline, not one per waiter: a thousand waiters must not fill the scheduler's queue
    private void sweepAt(Instant at) {
        sweepAt = at;
        timers.schedule(() -> sweep(at), Math.max(0, Duration.between(Instant.now(), at).toMillis()),
                TimeUnit.MILLISECONDS);
    }

    private void sweep(Instant scheduledFor) {
        List<Waiter> due = new ArrayList<>();
        synchronized (this) {
            if (!scheduledFor.equals(sweepAt)) {
                return; // an earlier deadline took its place
            }
            sweepAt = null;
            Instant now = Instant.now();
            Instant next = null;
            for (Iterator<Waiter> it = waiting.iterator(); it.hasNext();) {
                Waiter waiter = it.next();
                if (!waiter.deadline.isAfter(now)) {
                    it.remove();
                    due.add(waiter);
                } else if (next == null || waiter.deadline.isBefore(next)) {
                    next = waiter.deadline;
                }
            }
            if (next != null) {
                sweepAt(next);
            }
        }
        due.forEach(waiter -> waiter.future.completeExceptionally(new SeedanceSlotTimeoutException(cap,
                Duration.between(waiter.since, Instant.now()))));
    }

    private void release(Slot slot) {
        synchronized (this) {
            inUse--;
        }
        if (claims != null) {
            try {
                claims.release(slot.id);
            } catch (RuntimeException storeDown) {
                // the row stays while this instance renews its lease: the shared count is one too high until it stops
                LOG.warn("Seedance: could not give back a slot of maxTasksInFlight={} in the task store: {}", cap,
                        storeDown.getMessage());
            }
        }
        grantWaiting();
    }

    /** Hands the slots free now to the first in line: a newcomer cannot overtake them. */
    private void grantWaiting() {
        List<Runnable> granted = new ArrayList<>();
        synchronized (this) {
            // over the cap (tasks resumed after a restart) no slot is passed on: the account is full already
            while (!waiting.isEmpty()) {
                Slot slot;
                try {
                    slot = take();
                } catch (RuntimeException storeDown) {
                    retryShared(); // the waiting creates ask again later, until their deadlines
                    break;
                }
                if (slot == null) {
                    break;
                }
                Waiter next = waiting.pollFirst();
                granted.add(() -> {
                    if (!next.future.complete(slot)) {
                        slot.release(); // its deadline came first
                    }
                });
            }
        }
        granted.forEach(resume::execute);
    }

    /** Creates waiting for a slot now. */
    public synchronized int waiting() {
        return waiting.size();
    }

    /** Slots taken now. */
    public synchronized int inUse() {
        return inUse;
    }

    private record Waiter(CompletableFuture<Slot> future, Instant since, Instant deadline) {
    }

    /** A slot taken: give it back once, when its task ends or its create fails. */
    public final class Slot {
        private final String id = UUID.randomUUID().toString();
        private final AtomicBoolean released = new AtomicBoolean();

        private Slot() {
        }

        public void release() {
            if (released.compareAndSet(false, true)) {
                FlightSlots.this.release(this);
            }
        }
    }
}
