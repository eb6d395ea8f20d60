package io.camelseedance.simulator;

/**
 * How many tasks the simulated service is running at once (created and not yet ended), now and at the most: what a
 * provider's concurrency limit counts, measured where the provider would measure it.
 */
public final class LiveTasks {

    private int now;
    private int peak;

    public synchronized void started() {
        now++;
        peak = Math.max(peak, now);
    }

    public synchronized void ended() {
        now--;
    }

    /** Tasks created and not ended. */
    public synchronized int now() {
        return now;
    }

    /** The most tasks that were live at the same moment. */
    public synchronized int peak() {
        return peak;
    }
}
