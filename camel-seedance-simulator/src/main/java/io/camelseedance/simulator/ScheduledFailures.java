package io.camelseedance.simulator;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Failures a test scheduled ({@link SeedanceSimulator#failNext} and its kin), consumed one matching request at a
 * time, oldest first. (The random ones of a run are its {@link Faults}.)
 *
 * @param <T> what a matching request meets: an HTTP status, an {@link AnswerLoss}…
 */
final class ScheduledFailures<T> {

    private final class Failure {
        private final String method;
        private final String pathPrefix;
        private final T failure;
        private int remaining;

        private Failure(String method, String pathPrefix, T failure, int remaining) {
            this.method = method;
            this.pathPrefix = pathPrefix;
            this.failure = failure;
            this.remaining = remaining;
        }

        private boolean matches(String requestMethod, String path) {
            return method.equalsIgnoreCase(requestMethod) && path.startsWith(pathPrefix);
        }
    }

    private final List<Failure> pending = new ArrayList<>();

    static void requireErrorStatus(int httpStatus) {
        if (httpStatus < 400 || httpStatus > 599) {
            throw new IllegalArgumentException("httpStatus must be an error status (400-599): " + httpStatus);
        }
    }

    synchronized void add(String method, String pathPrefix, T failure, int times) {
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1: " + times);
        }
        pending.add(new Failure(method, pathPrefix, failure, times));
    }

    /** What this request meets, if a pending failure matches it; using it counts it down. */
    synchronized Optional<T> take(String method, String path) {
        for (Iterator<Failure> it = pending.iterator(); it.hasNext();) {
            Failure failure = it.next();
            if (failure.matches(method, path)) {
                if (--failure.remaining == 0) {
                    it.remove();
                }
                return Optional.of(failure.failure);
            }
        }
        return Optional.empty();
    }
}
