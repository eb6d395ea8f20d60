package io.camelseedance.component;

import java.util.HashMap;
import java.util.Map;

import io.camelseedance.api.VideoTask;

/**
 * The callbacks acknowledged to the provider but not yet processed, at most one per task. A repeated delivery for a
 * task already waiting joins it instead of adding work, which absorbs the provider's retries and duplicates; the bound
 * keeps a flood from exhausting memory.
 */
final class CallbackInbox {

    enum Recorded {
        /** A new entry: whoever recorded it must arrange for it to be taken. */
        NEW,
        /** Merged into the entry already waiting for the same task. */
        JOINED,
        /** Not recorded: the inbox is full. */
        FULL
    }

    private final int capacity;
    private final Map<String, VideoTask> waiting = new HashMap<>();

    CallbackInbox(int capacity) {
        this.capacity = capacity;
    }

    synchronized Recorded record(VideoTask event) {
        VideoTask earlier = waiting.get(event.id());
        if (earlier != null) {
            // a late "running" must not hide the "succeeded" that is already waiting
            if (event.isTerminal() || !earlier.isTerminal()) {
                waiting.put(event.id(), event);
            }
            return Recorded.JOINED;
        }
        if (waiting.size() >= capacity) {
            return Recorded.FULL;
        }
        waiting.put(event.id(), event);
        return Recorded.NEW;
    }

    /**
     * Records again an event taken out whose processing failed, whether or not the inbox is full: it was admitted
     * once, and dropping it now would lose a callback already acknowledged to the provider.
     */
    synchronized Recorded recordAgain(VideoTask event) {
        VideoTask later = waiting.get(event.id());
        if (later == null) {
            waiting.put(event.id(), event);
            return Recorded.NEW;
        }
        if (event.isTerminal() && !later.isTerminal()) {
            waiting.put(event.id(), event);
        }
        return Recorded.JOINED;
    }

    /** The event waiting for this task, now no longer waiting; {@code null} if there is none. */
    synchronized VideoTask take(String taskId) {
        return waiting.remove(taskId);
    }

    /** Forgets every waiting event; returns how many there were. */
    synchronized int clear() {
        int dropped = waiting.size();
        waiting.clear();
        return dropped;
    }
}
