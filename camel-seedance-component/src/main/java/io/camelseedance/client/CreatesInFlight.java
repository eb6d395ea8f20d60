package io.camelseedance.client;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;

/**
 * The creates of one client that have no answer yet, numbered in the order they were sent, so that a lost create's
 * search can wait until every create sent before a moment has its answer (or is known lost) at the cost of one waiter,
 * whatever the number of creates in flight.
 * <p>
 * Why not {@code CompletableFuture.allOf} over the creates in flight: it builds two nodes per create it waits for, and
 * each search waits twice or four times. Under overload (connects timing out and retried, answers cut off) thousands
 * of creates are in flight while some are lost, and those nodes grow with the product of the two: 82 searches over
 * ~13,000 creates in flight held 0.97 million of them, ~100 MB with their futures, in the 100,000 waiting exchanges
 * measurement (docs/benchmarks.md 3b).
 */
final class CreatesInFlight {

    /** The creates sent but not yet answered or known lost. */
    private final TreeSet<Long> open = new TreeSet<>();
    /** Searches waiting, the one waiting for the earliest creates first. */
    private final PriorityQueue<Waiter> waiters = new PriorityQueue<>((a, b) -> Long.compare(a.upTo, b.upTo));
    private long next;

    /** A create is being sent; the number to pass to {@link #answered} once it has its answer or is known lost. */
    synchronized long sent() {
        long number = next++;
        open.add(number);
        return number;
    }

    /** The create numbered {@code number} has its answer, or is known lost; the searches it held back go on. */
    void answered(long number) {
        List<CompletableFuture<Void>> ready = new ArrayList<>();
        synchronized (this) {
            open.remove(number);
            long oldestOpen = open.isEmpty() ? next : open.first();
            while (!waiters.isEmpty() && waiters.peek().upTo < oldestOpen) {
                ready.add(waiters.poll().done);
            }
        }
        // outside the lock: what follows a wait is a search's next step
        ready.forEach(done -> done.complete(null));
    }

    /** Completes once every create sent before this call has its answer or is known lost. */
    CompletableFuture<Void> allSentSoFar() {
        synchronized (this) {
            if (!open.isEmpty()) {
                Waiter waiter = new Waiter(next - 1, new CompletableFuture<>());
                waiters.add(waiter);
                return waiter.done;
            }
        }
        return CompletableFuture.completedFuture(null);
    }

    /** Creates without an answer yet. */
    synchronized int open() {
        return open.size();
    }

    /** Searches waiting for creates in flight: one each at most, however many creates are in flight. */
    synchronized int waiting() {
        return waiters.size();
    }

    private record Waiter(long upTo, CompletableFuture<Void> done) {
    }
}
