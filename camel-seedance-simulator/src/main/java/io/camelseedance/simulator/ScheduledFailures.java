package io.camelseedance.simulator;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalInt;

/**
 * The failures a test scheduled with {@link SeedanceSimulator#failNext}, consumed one matching request at a time,
 * oldest first. (The random ones of a run are its {@link Faults}.)
 */
final class ScheduledFailures {

    private static final class Failure {
        private final String method;
        private final String pathPrefix;
        private final int httpStatus;
        private int remaining;

        private Failure(String method, String pathPrefix, int httpStatus, int remaining) {
            this.method = method;
            this.pathPrefix = pathPrefix;
            this.httpStatus = httpStatus;
            this.remaining = remaining;
        }

        private boolean matches(String requestMethod, String path) {
            return method.equalsIgnoreCase(requestMethod) && path.startsWith(pathPrefix);
        }
    }

    private final List<Failure> pending = new ArrayList<>();

    synchronized void add(String method, String pathPrefix, int httpStatus, int times) {
        if (httpStatus < 400 || httpStatus > 599) {
            throw new IllegalArgumentException("httpStatus must be an error status (400-599): " + httpStatus);
        }
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1: " + times);
        }
        pending.add(new Failure(method, pathPrefix, httpStatus, times));
    }

    /** The status to fail this request with, if a pending failure matches it; using it counts it down. */
    synchronized OptionalInt take(String method, String path) {
        for (Iterator<Failure> it = pending.iterator(); it.hasNext();) {
            Failure failure = it.next();
            if (failure.matches(method, path)) {
                if (--failure.remaining == 0) {
                    it.remove();
                }
                return OptionalInt.of(failure.httpStatus);
            }
        }
        return OptionalInt.empty();
    }
}
