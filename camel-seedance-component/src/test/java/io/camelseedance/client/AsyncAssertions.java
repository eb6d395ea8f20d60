package io.camelseedance.client;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/** Assertions on futures that must fail, and a port where nothing listens, for the client tests. */
final class AsyncAssertions {

    private AsyncAssertions() {
    }

    /** What the future failed with; an assertion error if it succeeded or did not end within 15 s (a hang). */
    static Throwable failure(CompletableFuture<?> future) {
        try {
            future.get(15, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (Exception e) {
            throw new AssertionError("expected the call to fail, got " + e, e);
        }
        throw new AssertionError("expected the call to fail, but it succeeded");
    }

    /** A loopback port that was free a moment ago, so that connecting to it is refused. */
    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
