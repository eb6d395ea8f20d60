package io.camelseedance.tracking;

import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How long renders take, learned from the tasks this tracker saw succeed, per {@link RenderProfile}: for the models
 * without a published render time ({@link TypicalRenderTimes}), so that a task is not read while it is certainly
 * still rendering. Failed, cancelled and expired tasks say nothing about how long a render takes and are not counted.
 * <p>
 * Memory is bounded: the last {@value #WINDOW} render times of a profile (the newest count, so a provider that gets
 * slower is followed), and at most {@value #MAX_PROFILES} profiles (the one that saw a task end longest ago goes).
 * Nothing is said of a profile before {@value #MIN_SAMPLES} of its tasks ended: until then its tasks are read as if
 * nothing were known.
 */
public final class LearnedRenderTimes {

    private static final Logger LOG = LoggerFactory.getLogger(LearnedRenderTimes.class);

    static final int MIN_SAMPLES = 20;
    static final int WINDOW = 200;
    static final int MAX_PROFILES = 256;
    /**
     * The early part of the distribution: with fewer than 40 render times this is the fastest seen, with 200 the
     * tenth fastest.
     */
    static final double EARLY_QUANTILE = 0.05;

    /**
     * What was learned of a profile.
     *
     * @param samples render times counted (at most {@value #WINDOW}, the newest)
     * @param early   the {@value #EARLY_QUANTILE} quantile: few renders end sooner
     * @param median  the median: the typical render time
     */
    public record Learned(int samples, Duration early, Duration median) {
    }

    /** A profile's figures for the dev console; {@code learned} is {@code null} until enough tasks ended. */
    public record ProfileFigures(RenderProfile profile, int samples, Learned learned) {
    }

    private final Map<RenderProfile, Window> windows = new ConcurrentHashMap<>();

    /** The render time of a task of {@code profile} that succeeded. */
    public void record(RenderProfile profile, Duration renderTime) {
        Window window = windows.computeIfAbsent(profile, p -> new Window());
        Learned learned = window.add(renderTime.toMillis());
        if (windows.size() > MAX_PROFILES) {
            forgetOldest();
        }
        if (learned != null && window.seen % MIN_SAMPLES == 0 && LOG.isDebugEnabled()) {
            LOG.debug("Seedance render times of {}: {} seen, {} ms or more for all but {} %, median {} ms;"
                    + " its tasks are not read before that early figure less one poll delay",
                    profile.describe(), learned.samples(), learned.early().toMillis(),
                    Math.round(EARLY_QUANTILE * 100), learned.median().toMillis());
        }
    }

    /** What is known of a profile, once {@value #MIN_SAMPLES} of its tasks have ended. */
    public Optional<Learned> of(RenderProfile profile) {
        Window window = profile == null ? null : windows.get(profile);
        return window == null ? Optional.empty() : Optional.ofNullable(window.learned);
    }

    /** Every profile seen, most render times first: for the dev console. */
    public List<ProfileFigures> all() {
        return windows.entrySet().stream()
                .map(e -> new ProfileFigures(e.getKey(), e.getValue().samples(), e.getValue().learned))
                .sorted(Comparator.comparingInt(ProfileFigures::samples).reversed()).toList();
    }

    private void forgetOldest() {
        windows.entrySet().stream().min(Comparator.comparingLong(e -> e.getValue().lastAdded))
                .ifPresent(e -> windows.remove(e.getKey(), e.getValue()));
    }

    /** The newest render times of one profile, in a ring, and what they say. */
    private static final class Window {
        private final long[] millis = new long[WINDOW];
        private int count;
        private int next;
        /** Render times counted since the profile was first seen, the window's and the older ones. */
        volatile long seen;
        volatile long lastAdded;
        volatile Learned learned;

        synchronized Learned add(long renderMillis) {
            millis[next] = renderMillis;
            next = (next + 1) % WINDOW;
            count = Math.min(count + 1, WINDOW);
            seen++;
            lastAdded = System.nanoTime();
            if (count >= MIN_SAMPLES) {
                long[] sorted = Arrays.copyOf(millis, count);
                Arrays.sort(sorted);
                learned = new Learned(count, Duration.ofMillis(sorted[(int) (EARLY_QUANTILE * (count - 1))]),
                        Duration.ofMillis(sorted[(count - 1) / 2]));
            }
            return learned;
        }

        synchronized int samples() {
            return count;
        }
    }
}
