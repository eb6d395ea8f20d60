package io.camelseedance.simulator;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalInt;

/** The failures a test asked for with {@code failNext}, consumed one matching request at a time, oldest first. */
final class InjectedFaults {

    private static final class Fault {
        private final String method;
        private final String pathPrefix;
        private final int httpStatus;
        private int remaining;

        private Fault(String method, String pathPrefix, int httpStatus, int remaining) {
            this.method = method;
            this.pathPrefix = pathPrefix;
            this.httpStatus = httpStatus;
            this.remaining = remaining;
        }

        private boolean matches(String requestMethod, String path) {
            return method.equalsIgnoreCase(requestMethod) && path.startsWith(pathPrefix);
        }
    }

    private final List<Fault> pending = new ArrayList<>();

    synchronized void add(String method, String pathPrefix, int httpStatus, int times) {
        if (httpStatus < 400 || httpStatus > 599) {
            throw new IllegalArgumentException("httpStatus must be an error status (400-599): " + httpStatus);
        }
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1: " + times);
        }
        pending.add(new Fault(method, pathPrefix, httpStatus, times));
    }

    /** The status to fail this request with, if a pending fault matches it; using it counts it down. */
    synchronized OptionalInt take(String method, String path) {
        for (Iterator<Fault> it = pending.iterator(); it.hasNext();) {
            Fault fault = it.next();
            if (fault.matches(method, path)) {
                if (--fault.remaining == 0) {
                    it.remove();
                }
                return OptionalInt.of(fault.httpStatus);
            }
        }
        return OptionalInt.empty();
    }
}
