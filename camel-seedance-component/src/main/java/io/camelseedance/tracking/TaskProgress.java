package io.camelseedance.tracking;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import io.camelseedance.api.VideoTask;

/**
 * How far a running task has come and when it will likely end, from the best source at hand: the provider's own
 * estimate of the render time (EvoLink's {@code task_info.estimated_time}, APIMart's {@code estimated_time}), else its
 * progress percentage extrapolated over the time the task has run, else the model's typical render time from the
 * catalog ({@link TypicalRenderTimes}), else the median render time the tracker learned from the tasks of the same
 * profile it saw end ({@link LearnedRenderTimes}), counted from the task's creation.
 *
 * @param percent     percent done: the provider's, else the share of the expected time already spent
 * @param expectedEnd when the task will likely end
 * @param source      where the estimate comes from
 */
public record TaskProgress(int percent, Instant expectedEnd, Source source) {

    /** Where an estimate comes from, best first. */
    public enum Source {
        /** The provider's estimated render time. */
        PROVIDER_ESTIMATE,
        /** The provider's progress percentage, extrapolated. */
        PROVIDER_PROGRESS,
        /** The model's typical render time (catalog). */
        CATALOG,
        /** The median render time of the tasks of the same profile that ended here. */
        LEARNED
    }

    /** Below this a percentage says too little to extrapolate from (a task at 1 % after 2 s would "end" in 200 s). */
    private static final int MIN_PERCENT_TO_EXTRAPOLATE = 5;

    /**
     * The estimate for a task not yet ended, or empty when nothing is known.
     *
     * @param task        the task as last read
     * @param submittedAt when it was submitted here: its start when the provider does not say when it was created
     * @param now         the time of the estimate
     * @param typical     the typical render times of the catalog
     */
    public static Optional<TaskProgress> estimate(VideoTask task, Instant submittedAt, Instant now,
            TypicalRenderTimes typical) {
        return estimate(task, submittedAt, now, typical, null);
    }

    /**
     * The estimate for a task not yet ended, or empty when nothing is known; with {@code learned}, the median render
     * time learned for the task's profile, used when neither the provider nor the catalog tells.
     */
    public static Optional<TaskProgress> estimate(VideoTask task, Instant submittedAt, Instant now,
            TypicalRenderTimes typical, Duration learned) {
        if (task.isTerminal()) {
            return Optional.empty();
        }
        Instant created = task.createdAt() != null ? task.createdAt() : submittedAt;
        Integer reported = task.progress();
        Integer estimatedSeconds = task.taskInfo() != null ? task.taskInfo().estimatedTime() : null;
        if (estimatedSeconds != null && estimatedSeconds > 0) {
            return Optional.of(fromExpectedTime(created, Duration.ofSeconds(estimatedSeconds), reported, now,
                    Source.PROVIDER_ESTIMATE));
        }
        if (reported != null && reported >= MIN_PERCENT_TO_EXTRAPOLATE && reported < 100) {
            long ranMillis = Math.max(0, Duration.between(created, now).toMillis());
            Instant end = now.plusMillis(ranMillis * (100 - reported) / reported);
            return Optional.of(new TaskProgress(reported, end, Source.PROVIDER_PROGRESS));
        }
        Optional<TaskProgress> catalog = typical.of(task.model(), task.output().resolution(), task.output().duration())
                .map(expected -> fromExpectedTime(created, expected, reported, now, Source.CATALOG));
        if (catalog.isPresent() || learned == null) {
            return catalog;
        }
        return Optional.of(fromExpectedTime(created, learned, reported, now, Source.LEARNED));
    }

    private static TaskProgress fromExpectedTime(Instant created, Duration expected, Integer reported, Instant now,
            Source source) {
        Instant end = created.plus(expected);
        int percent = reported != null ? reported : spentPercent(created, expected, now);
        return new TaskProgress(percent, end, source);
    }

    /** The share of the expected time already spent, kept below 100 while the task has not ended. */
    private static int spentPercent(Instant created, Duration expected, Instant now) {
        long spent = Math.max(0, Duration.between(created, now).toMillis());
        return (int) Math.min(99, spent * 100 / Math.max(1, expected.toMillis()));
    }

    /** Time left until the expected end, never negative. */
    public Duration left(Instant now) {
        Duration left = Duration.between(now, expectedEnd);
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** For log lines and the dev console, e.g. {@code 45 %, about 40 s left} or {@code 99 %, overdue by 12 s}. */
    public String describe(Instant now) {
        Duration left = Duration.between(now, expectedEnd);
        String time = left.isNegative()
                ? "past the expected end by " + left.negated().toSeconds() + " s"
                : "about " + Math.max(1, Math.round(left.toMillis() / 1000.0)) + " s left";
        String basis = switch (source) {
            case CATALOG -> " (typical render time)";
            case LEARNED -> " (learned render time)";
            default -> "";
        };
        return percent + " %, " + time + basis;
    }
}
