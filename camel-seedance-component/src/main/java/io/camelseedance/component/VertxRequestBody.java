package io.camelseedance.component;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;

/**
 * Reads the body of a request that platform-http's Vert.x engine handed over unread ({@code useBodyHandler=false}),
 * no further than a limit. The only class that knows Vert.x: it is loaded only when the body is a Vert.x request, so
 * the component runs without Vert.x on the classpath.
 */
final class VertxRequestBody {

    /** How long a callback body may take to arrive: providers wait for the answer only a few seconds. */
    static final long READ_TIMEOUT_MILLIS = 10_000;

    private static final Class<?> REQUEST = requestClass();

    private VertxRequestBody() {
    }

    private static Class<?> requestClass() {
        try {
            return Class.forName("io.vertx.core.http.HttpServerRequest", false,
                    VertxRequestBody.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError noVertx) {
            return null;
        }
    }

    /** Reads no more, and closes the connection once the answer is out: the rest of the body is never taken in. */
    private static void stopReading(HttpServerRequest request) {
        request.pause();
        request.response().endHandler(answered -> request.connection().close());
    }

    static boolean isRequest(Object body) {
        return REQUEST != null && REQUEST.isInstance(body);
    }

    /** Blocks the calling (worker) thread until the body is read, too large, broken off or late. */
    static CallbackBodies.Body read(Object body, int maxBodySize) {
        HttpServerRequest request = (HttpServerRequest) body;
        CompletableFuture<CallbackBodies.Body> result = new CompletableFuture<>();
        Buffer collected = Buffer.buffer();
        request.handler(chunk -> {
            if (result.isDone()) {
                return;
            }
            if (collected.length() + chunk.length() > maxBodySize) {
                stopReading(request);
                result.complete(new CallbackBodies.TooLarge());
            } else {
                collected.appendBuffer(chunk);
            }
        });
        request.exceptionHandler(error -> result.complete(new CallbackBodies.Unreadable(error.toString())));
        request.endHandler(end -> result.complete(new CallbackBodies.Read(collected.getBytes())));
        request.resume();
        try {
            return result.get(READ_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException late) {
            stopReading(request);
            return new CallbackBodies.Unreadable("the body did not arrive within " + READ_TIMEOUT_MILLIS + " ms");
        } catch (ExecutionException e) {
            return new CallbackBodies.Unreadable(e.getCause().toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new CallbackBodies.Unreadable("interrupted");
        }
    }
}
