package io.camelseedance.component;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * Reads callback bodies within two bounds: each no larger than the per-request limit, and all that are being read at
 * once no larger than a total budget, so that many concurrent large requests cannot fill the heap. Only called once
 * the token is checked: a request with a wrong token is never read. Where the HTTP server hands the request over
 * unread (platform-http on Vert.x, asked not to buffer), bytes are read only up to the limit; a server that buffered
 * the body already is counted, so that a test can see that it did not.
 */
final class CallbackBodies {

    /** What reading one body gave. */
    sealed interface Body {
    }

    /** The bytes, held against the budget until {@link CallbackBodies#release(Body)}. */
    record Read(byte[] bytes) implements Body {
    }

    /** Larger than the per-request limit: 413. */
    record TooLarge() implements Body {
    }

    /** Over the total budget while other bodies are held: 503, which the provider retries. */
    record Busy() implements Body {
    }

    /** The body did not arrive whole in time, or broke off: 400. */
    record Unreadable(String why) implements Body {
    }

    private final int maxBodySize;
    private final long budget;
    private final AtomicLong held = new AtomicLong();
    private final AtomicLong peak = new AtomicLong();
    private final AtomicLong bufferedByServer = new AtomicLong();

    CallbackBodies(int maxBodySize, long budget) {
        if (maxBodySize < 1 || budget < maxBodySize) {
            throw new IllegalArgumentException("callbackMaxBodySize must be positive and callbackMaxBufferedSize at"
                    + " least as large; got " + maxBodySize + " and " + budget);
        }
        this.maxBodySize = maxBodySize;
        this.budget = budget;
    }

    Body read(Message request) {
        Long declared = declaredLength(request);
        if (declared != null && declared > maxBodySize) {
            return new TooLarge();
        }
        // the whole limit is reserved up front: the size is only known once read
        long reserve = declared != null ? declared : maxBodySize;
        if (!reserve(reserve)) {
            return new Busy();
        }
        Body body;
        try {
            body = readReserved(request);
        } catch (RuntimeException e) {
            body = new Unreadable(e.getMessage());
        }
        long keep = body instanceof Read read ? read.bytes().length : 0;
        held.addAndGet(keep - reserve);
        return body;
    }

    /** The body is processed: its bytes no longer count against the budget. */
    void release(Body body) {
        if (body instanceof Read read) {
            held.addAndGet(-read.bytes().length);
        }
    }

    /** The most bytes held at once. */
    long peakHeld() {
        return peak.get();
    }

    /** Requests whose body the HTTP server had already read into memory before the token was checked. */
    long bufferedByServer() {
        return bufferedByServer.get();
    }

    private boolean reserve(long bytes) {
        long now = held.addAndGet(bytes);
        if (now > budget) {
            held.addAndGet(-bytes);
            return false;
        }
        peak.accumulateAndGet(now, Math::max);
        return true;
    }

    private Body readReserved(Message request) {
        Object body = request.getBody();
        if (body == null) {
            return new Read(new byte[0]);
        }
        if (VertxRequestBody.isRequest(body)) {
            return VertxRequestBody.read(body, maxBodySize);
        }
        if (body instanceof InputStream stream) {
            try (InputStream in = stream) {
                return limited(in.readNBytes(maxBodySize + 1));
            } catch (IOException e) {
                return new Unreadable(e.getMessage());
            }
        }
        bufferedByServer.incrementAndGet();
        // a server's own buffer type (a Vert.x Buffer under Quarkus, say): Camel's converters know it
        byte[] bytes = request.getBody(byte[].class);
        return bytes == null ? new Unreadable("a body of type " + body.getClass().getName()) : limited(bytes);
    }

    private Body limited(byte[] bytes) {
        return bytes.length > maxBodySize ? new TooLarge() : new Read(bytes);
    }

    private static Long declaredLength(Message request) {
        Object header = request.getHeader(Exchange.CONTENT_LENGTH);
        try {
            return header == null ? null : Long.valueOf(header.toString().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
