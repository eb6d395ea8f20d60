package io.camelseedance.simulator;

import java.time.Duration;
import java.util.Random;

/**
 * Faults the simulator injects at random, at configurable rates, for chaos tests: answers of 429 (with
 * {@code Retry-After}), 500, 502 or 503; connections closed without an answer; the same two after a create made its
 * task; answers slower than a client's timeout; 200 answers whose JSON is cut off; and callbacks that are duplicated,
 * reordered, late or never sent.
 * <p>
 * Rates are fractions in [0, 1] of the requests (API paths only, not video downloads) or callbacks they apply to.
 * The random draws come from one generator with a fixed {@link Builder#seed(long) seed}: the same requests in the same
 * order meet the same faults. A 429, 5xx or reset is decided before the API sees the request, so it creates nothing; a
 * slow or cut-off answer comes after the API has handled it, so a create behind it did create its task; and a 5xx or
 * reset {@link Builder#serverErrorsAfterCreate after create} replaces the answer of a request that created a task
 * (drawn for every request, it does nothing to one that created none).
 */
public final class Faults {

    /** No faults at all: the default. */
    public static final Faults NONE = builder().build();

    /** What happens to one request. */
    public enum RequestFault {
        NONE, THROTTLE, ERROR_500, ERROR_502, ERROR_503, RESET, SLOW, MALFORMED_JSON, ERROR_500_AFTER_CREATE,
        ERROR_502_AFTER_CREATE, ERROR_503_AFTER_CREATE, RESET_AFTER_CREATE
    }

    /** What happens to one callback. */
    public enum CallbackFault {
        NONE, DUPLICATE, REORDER, LATE, NEVER
    }

    private final double throttle;
    private final double serverError;
    private final double reset;
    private final double slow;
    private final Duration slowBy;
    private final double malformed;
    private final double serverErrorAfterCreate;
    private final double resetAfterCreate;
    private final double duplicateCallback;
    private final double reorderCallback;
    private final double lateCallback;
    private final Duration lateBy;
    private final double dropCallback;
    private final long seed;
    private final Random random;

    private Faults(Builder b) {
        throttle = b.throttle;
        serverError = b.serverError;
        reset = b.reset;
        slow = b.slow;
        slowBy = b.slowBy;
        malformed = b.malformed;
        serverErrorAfterCreate = b.serverErrorAfterCreate;
        resetAfterCreate = b.resetAfterCreate;
        duplicateCallback = b.duplicateCallback;
        reorderCallback = b.reorderCallback;
        lateCallback = b.lateCallback;
        lateBy = b.lateBy;
        dropCallback = b.dropCallback;
        seed = b.seed;
        random = new Random(b.seed);
        if (requestRates() > 1) {
            throw new IllegalArgumentException("request fault rates add up to more than 1");
        }
        if (duplicateCallback + reorderCallback + lateCallback + dropCallback > 1) {
            throw new IllegalArgumentException("callback fault rates add up to more than 1");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public boolean any() {
        return requestRates() + duplicateCallback + reorderCallback + lateCallback + dropCallback > 0;
    }

    private double requestRates() {
        return throttle + serverError + reset + slow + malformed + serverErrorAfterCreate + resetAfterCreate;
    }

    /** Draws the fault of one request. */
    public synchronized RequestFault nextRequest() {
        double r = random.nextDouble();
        if ((r -= throttle) < 0) {
            return RequestFault.THROTTLE;
        }
        if ((r -= serverError) < 0) {
            return oneOf(RequestFault.ERROR_500, RequestFault.ERROR_502, RequestFault.ERROR_503);
        }
        if ((r -= reset) < 0) {
            return RequestFault.RESET;
        }
        if ((r -= slow) < 0) {
            return RequestFault.SLOW;
        }
        if ((r -= malformed) < 0) {
            return RequestFault.MALFORMED_JSON;
        }
        if ((r -= serverErrorAfterCreate) < 0) {
            return oneOf(RequestFault.ERROR_500_AFTER_CREATE, RequestFault.ERROR_502_AFTER_CREATE,
                    RequestFault.ERROR_503_AFTER_CREATE);
        }
        if ((r -= resetAfterCreate) < 0) {
            return RequestFault.RESET_AFTER_CREATE;
        }
        return RequestFault.NONE;
    }

    private RequestFault oneOf(RequestFault... equallyLikely) {
        return equallyLikely[random.nextInt(equallyLikely.length)];
    }

    /** Draws the fault of one callback. */
    public synchronized CallbackFault nextCallback() {
        double r = random.nextDouble();
        if ((r -= duplicateCallback) < 0) {
            return CallbackFault.DUPLICATE;
        }
        if ((r -= reorderCallback) < 0) {
            return CallbackFault.REORDER;
        }
        if ((r -= lateCallback) < 0) {
            return CallbackFault.LATE;
        }
        if ((r -= dropCallback) < 0) {
            return CallbackFault.NEVER;
        }
        return CallbackFault.NONE;
    }

    public Duration slowBy() {
        return slowBy;
    }

    public Duration lateBy() {
        return lateBy;
    }

    @Override
    public String toString() {
        return String.format("faults(seed=%d, 429=%.3f, 5xx=%.3f, reset=%.3f, slow=%.3f by %d ms, malformed=%.3f,"
                + " after create: 5xx=%.3f, reset=%.3f,"
                + " callbacks: duplicate=%.3f, reorder=%.3f, late=%.3f by %d ms, never=%.3f)",
                seed, throttle, serverError, reset, slow, slowBy.toMillis(), malformed, serverErrorAfterCreate,
                resetAfterCreate, duplicateCallback,
                reorderCallback, lateCallback, lateBy.toMillis(), dropCallback);
    }

    /** Configures {@link Faults}; every rate defaults to 0. */
    public static final class Builder {
        private double throttle;
        private double serverError;
        private double reset;
        private double slow;
        private Duration slowBy = Duration.ofSeconds(2);
        private double malformed;
        private double serverErrorAfterCreate;
        private double resetAfterCreate;
        private double duplicateCallback;
        private double reorderCallback;
        private double lateCallback;
        private Duration lateBy = Duration.ofSeconds(1);
        private double dropCallback;
        private long seed = 42;

        private Builder() {
        }

        private static double rate(double rate) {
            if (rate < 0 || rate > 1) {
                throw new IllegalArgumentException("a rate is in [0, 1]: " + rate);
            }
            return rate;
        }

        /** Requests answered 429 with {@code Retry-After}. */
        public Builder throttled(double rate) {
            throttle = rate(rate);
            return this;
        }

        /** Requests answered 500, 502 or 503 (a third each). */
        public Builder serverErrors(double rate) {
            serverError = rate(rate);
            return this;
        }

        /** Requests whose connection is closed without an answer. */
        public Builder connectionResets(double rate) {
            reset = rate(rate);
            return this;
        }

        /** Requests handled, but answered only after {@code by} (beyond a client's timeout). */
        public Builder slowResponses(double rate, Duration by) {
            slow = rate(rate);
            slowBy = by;
            return this;
        }

        /** Requests handled, but answered 200 with JSON cut off in the middle. */
        public Builder malformedJson(double rate) {
            malformed = rate(rate);
            return this;
        }

        /**
         * Creates that make their task and are then answered 500, 502 or 503 (a third each) instead of the task: the
         * client sees a server error, yet the task runs. Requests that create no task are left alone.
         */
        public Builder serverErrorsAfterCreate(double rate) {
            serverErrorAfterCreate = rate(rate);
            return this;
        }

        /**
         * Creates that make their task and then have their connection closed without an answer. Requests that create
         * no task are left alone.
         */
        public Builder connectionResetsAfterCreate(double rate) {
            resetAfterCreate = rate(rate);
            return this;
        }

        /** Callbacks delivered twice. */
        public Builder duplicateCallbacks(double rate) {
            duplicateCallback = rate(rate);
            return this;
        }

        /** Callbacks delivered out of order: after the callbacks of the task that follow them. */
        public Builder reorderedCallbacks(double rate) {
            reorderCallback = rate(rate);
            return this;
        }

        /** Callbacks delivered {@code by} later than due, out of their task's order. */
        public Builder lateCallbacks(double rate, Duration by) {
            lateCallback = rate(rate);
            lateBy = by;
            return this;
        }

        /** Callbacks never sent. */
        public Builder lostCallbacks(double rate) {
            dropCallback = rate(rate);
            return this;
        }

        /** The seed of the random draws; default 42. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public Faults build() {
            return new Faults(this);
        }
    }
}
