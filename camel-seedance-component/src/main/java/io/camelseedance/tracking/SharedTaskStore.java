package io.camelseedance.tracking;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import io.camelseedance.api.VideoTask;

/**
 * A {@link TaskStore} that several instances (JVMs, pods) share, and through which they split the work.
 * <p>
 * Each task in flight is <em>held</em> by one instance, under a lease that the holder renews: only the holder polls
 * it. A task is held from its creation by the instance that created it; when the holder stops, its tasks are
 * released, and when it dies, its lease ends; either way another instance takes them over and polls them. A takeover
 * only polls: nothing is ever created again.
 * <p>
 * An instance that learns the outcome of a task it does not hold (a callback reached it) records the outcome on the
 * task; the holder finishes the task on its next {@link #settledHere()}, which completes the exchanges waiting for it
 * there.
 * <p>
 * What consumers emit is claimed here too, so that each finished task is emitted once over all instances: the
 * outcomes kept for {@code seedance:tasks?mode=tracked} are claimed row by row, the tasks the other consumers emit are
 * claimed per consumer. A claim lasts a lease, renewed by its holder, so the claims of an instance that died are
 * given up, and the tasks emitted again, by another.
 */
public interface SharedTaskStore extends TaskStore {

    /**
     * Checks that the store can be reached and prepares it (creates its tables when absent). Called when the
     * component starts; calling it again does nothing.
     *
     * @throws TaskStoreException when the store cannot be reached or prepared
     */
    void open();

    /** This instance's name in the store: unique among the instances sharing it. */
    String instanceId();

    /** How long a claim of this instance lasts without being renewed. */
    Duration lease();

    /**
     * Extends every lease this instance holds (tasks, outcome and emission claims); housekeeping on the side.
     *
     * @return how many tasks in flight this instance holds: fewer than it follows when another took some over
     */
    int renew();

    /**
     * Which of these tasks this instance still holds: a task another instance took over (this one stalled for a lease)
     * is read and finished by the other, whose reads no longer reach this instance's waiters.
     */
    Set<String> stillHeld(Collection<String> taskIds);

    /**
     * Takes over tasks in flight that no instance holds (released, or whose holder's lease ended), oldest first.
     *
     * @param keys only tasks of these providers and accounts (those this instance has clients for)
     * @param max  how many at most
     */
    List<Claimed> claim(Set<TrackerKey> keys, int max);

    /** The tasks this instance holds whose outcome another instance has recorded. */
    List<Claimed> settledHere();

    /**
     * Records the outcome of a task that this instance does not hold, for its holder to finish.
     *
     * @return whether the task is in flight in the store (and did not have an outcome yet)
     */
    boolean settle(VideoTask outcome);

    /**
     * Takes or keeps, for each of these accounts, the reading of its tasks: one instance at a time reads the provider
     * for every task of an account in flight in the store, whichever instance holds it, so that the tasks of a poll
     * round are read in full batches once rather than in a remainder batch per instance. A reader that stops renewing
     * (it stopped, died, stalls or lost the store) gives the reading up after {@code lease}.
     *
     * @return the accounts this instance reads now; the others' tasks are read by another instance
     */
    Set<TrackerKey> claimReading(Set<TrackerKey> keys, Duration lease);

    /**
     * The tasks of these accounts in flight that another instance holds (or nobody does) and that have no outcome yet:
     * what their reader reads for them.
     *
     * @param storedSince only those stored since this instant of the store's clock ({@link HeldElsewhere#asOf()} of an
     *                    earlier call), or {@code null} for all
     */
    HeldElsewhere heldElsewhere(Set<TrackerKey> keys, Instant storedSince);

    /**
     * Records the outcomes of tasks that other instances hold, read here for them, as {@link #settle(VideoTask)} does
     * one, in one statement.
     */
    void settle(Collection<VideoTask> outcomes);

    /**
     * Takes over the creates of {@code key}'s account that were on the wire at an instance whose lease then ended
     * (it died before they answered), for this instance to settle ({@link CreateIntents}); the creates of live
     * instances are theirs.
     */
    List<CreateIntent> claimIntents(TrackerKey key);

    /** Gives up everything this instance holds, so that the others may take it over at once: it is stopping. */
    void release();

    /**
     * Claims a kept outcome for emission by this instance.
     *
     * @return {@link EmissionClaim#REFUSED} when another instance is emitting it, or it was emitted already;
     *         {@link EmissionClaim#TAKEN_OVER} when an instance that died held the claim
     */
    EmissionClaim claimOutcome(String taskId);

    /** Gives up the claim of an outcome whose emission failed, so that it is emitted again. */
    void releaseOutcome(String taskId);

    /**
     * Claims the emission of a task by a consumer (identified the same on every instance: its route id).
     *
     * @return {@link EmissionClaim#REFUSED} when another instance is emitting it, or it was emitted already;
     *         {@link EmissionClaim#TAKEN_OVER} when an instance that died held the claim
     */
    EmissionClaim claimEmission(String consumer, String taskId);

    /** The emission claimed went through: the task is never emitted by this consumer again. */
    void confirmEmission(String consumer, String taskId);

    /** The emission claimed failed: the task may be emitted again. */
    void releaseEmission(String consumer, String taskId);

    /** Whether the consumer has emitted the task, or is emitting it. */
    boolean hasEmission(String consumer, String taskId);

    /** Forgets what the consumer emitted. */
    void clearEmissions(String consumer);

    /**
     * Tasks held elsewhere.
     *
     * @param asOf the store's clock when they were read
     */
    record HeldElsewhere(List<TrackedTask> tasks, Instant asOf) {
    }

    /**
     * A task this instance now holds.
     *
     * @param task    the task
     * @param outcome its outcome, when another instance recorded one; else {@code null}
     */
    record Claimed(TrackedTask task, VideoTask outcome) {
    }
}
