package io.camelseedance.tracking;

import java.time.Duration;
import java.time.Instant;

/**
 * When a task is looked at next. Two rules, both about the provider's batched read (one list call for up to a hundred
 * tasks):
 * <ul>
 * <li><b>Rounds on a shared clock.</b> A look falls on a multiple of the current delay since the epoch, not on "delay
 * after the last answer". Every task with the same delay is then due at the same instant, whenever it was submitted,
 * so the tracker reads them in full batches; a delay counted from each answer drifts tasks apart into many small
 * batches, and locks each task's looks to its own creation, so a render of whole seconds ends just after a look and
 * waits a whole interval for the next one.</li>
 * <li><b>Near the likely end, look often.</b> The delay grows while a task runs (fewer calls for long renders), but a
 * grown delay never carries a look past the task's expected end ({@link TaskProgress}): the first round of the
 * shortest delay at or after it is taken instead, and from then on the shortest delay is used, since the task may end
 * any moment. So a task expected at 60 s is not first seen done at 80 s because its delay had grown to 30 s.</li>
 * <li><b>Not before its early end.</b> Where the tracker has learned how long renders of the task's profile take
 * ({@link LearnedRenderTimes}), the first look waits for the early part of them, less one first delay: few renders
 * end sooner, and one that does, even sooner than any seen, is still found within about a delay of that first look.
 * A 5–15 s render is then read from about 5 s on, not from the first second.</li>
 * </ul>
 * Where a task ends is random relative to the rounds, so it continues on average half an interval after its end and at
 * worst one interval (plus the read itself).
 */
public final class PollSchedule {

    private static final double BACKOFF = 1.5;

    private PollSchedule() {
    }

    /**
     * The delay after this look: grown by half, up to {@code maxDelay}; back to {@code firstDelay} once the expected
     * end is reached.
     */
    public static Duration nextDelay(Duration delay, Duration firstDelay, Duration maxDelay, Instant expectedEnd,
            Instant now) {
        if (expectedEnd != null && !now.isBefore(expectedEnd)) {
            return firstDelay;
        }
        Duration grown = Duration.ofMillis((long) (delay.toMillis() * BACKOFF));
        return grown.compareTo(maxDelay) > 0 ? maxDelay : grown;
    }

    /**
     * The first look at a task just submitted: the round of {@code firstDelay} about one delay on (at least half a
     * delay, as {@link #nextLook}); when renders of its kind are known to take at least about {@code earlyRender},
     * not before the round at or after {@code earlyRender} less one {@code firstDelay} from the submission.
     *
     * @param submitted   when the task was submitted
     * @param earlyRender the early part of the learned render times, or {@code null} when not enough are known
     */
    public static Instant firstLook(Instant submitted, Duration firstDelay, Duration earlyRender) {
        Instant regular = roundAtOrAfter(submitted.plus(firstDelay.dividedBy(2)), firstDelay);
        if (earlyRender == null) {
            return regular;
        }
        Instant quiet = roundAtOrAfter(submitted.plus(earlyRender).minus(firstDelay), firstDelay);
        return quiet.isAfter(regular) ? quiet : regular;
    }

    /**
     * The next look: the round of {@code delay} about one delay after the last look (at least half a delay on, so a
     * task whose delay has just grown, and so changed rounds, is neither looked at again at once nor left a delay and
     * a half), and not before the answer came; or, when that lies past the expected end, the first round of
     * {@code firstDelay} at or after the expected end. Counting from the look rather than from its answer keeps a task
     * on its rounds when answers are slow: an answer taking 600 ms of a 1 s round must not push the look to the round
     * after next; an answer slower than a whole delay is followed by the first round after it, with the other tasks
     * due then (with several instances, every instance's tasks would otherwise be read off the rounds in batches of
     * their own).
     *
     * @param lastLook    when the last look was due (its round), or the submission
     * @param now         when its answer came
     * @param expectedEnd when the task will likely end, or {@code null} when nothing is known
     * @param notBefore   no look before this (the provider asked to wait), or {@code null}
     */
    public static Instant nextLook(Instant lastLook, Instant now, Duration delay, Duration firstDelay,
            Instant expectedEnd, Instant notBefore) {
        boolean asked = notBefore != null && notBefore.isAfter(now);
        Instant earliest = asked ? notBefore : now;
        Instant regular = roundAtOrAfter(lastLook.plus(delay.dividedBy(2)), delay);
        if (!regular.isAfter(earliest)) {
            // after a wait the provider asked for, the first round after it; and so too after an answer that came
            // after the round it was due for: the answer just read stands for that round's look. Looking again at
            // once would read what was just read, in a batch off the rounds, and just when answers are slow
            regular = roundAtOrAfter(earliest, delay);
        }
        if (expectedEnd != null && expectedEnd.isAfter(earliest)) {
            Instant nearEnd = roundAtOrAfter(expectedEnd, firstDelay);
            return nearEnd.isBefore(regular) ? nearEnd : regular;
        }
        return regular;
    }

    /** The first multiple of {@code period} since the epoch at or after {@code t}. */
    static Instant roundAtOrAfter(Instant t, Duration period) {
        long p = Math.max(1, period.toMillis());
        long millis = t.toEpochMilli();
        long floor = Math.floorDiv(millis, p) * p;
        return Instant.ofEpochMilli(floor == millis ? floor : floor + p);
    }
}
