package io.camelseedance.hostile;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

import io.camelseedance.hostile.HostileServer.Responder;

/**
 * The answers a {@link HostileServer} can give. Streams are cut off after {@link #MAX_STREAM_MILLIS} or when the
 * client leaves, whichever comes first.
 */
public final class Answer {

    /** The longest any answer keeps writing. */
    public static final long MAX_STREAM_MILLIS = 30_000;

    private Answer() {
    }

    /** A complete answer with a {@code Content-Length}. */
    public static Responder of(int status, String contentType, byte[] body, String... headers) {
        return (request, out) -> {
            head(out, status, contentType, body.length, headers);
            out.write(body);
        };
    }

    public static Responder json(int status, String json, String... headers) {
        return of(status, "application/json", json.getBytes(StandardCharsets.UTF_8), headers);
    }

    public static Responder text(int status, String contentType, String body, String... headers) {
        return of(status, contentType, body.getBytes(StandardCharsets.UTF_8), headers);
    }

    public static Responder redirect(int status, String location) {
        return of(status, "text/plain", new byte[0], "Location", location);
    }

    /**
     * {@code length} bytes of {@code filler} repeated, announced with their length (or without one, when
     * {@code announce} is false), written as fast as the client reads.
     */
    public static Responder huge(int status, String contentType, long length, boolean announce, byte filler) {
        return (request, out) -> {
            head(out, status, contentType, announce ? length : -1);
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, filler);
            long deadline = System.currentTimeMillis() + MAX_STREAM_MILLIS;
            for (long left = length; left > 0 && System.currentTimeMillis() < deadline; left -= chunk.length) {
                out.write(chunk, 0, (int) Math.min(chunk.length, left));
            }
        };
    }

    /** A body that never ends (no length): filler until the client leaves or the time is up. */
    public static Responder endless(int status, String contentType, byte[] prefix) {
        return (request, out) -> {
            head(out, status, contentType, -1);
            out.write(prefix);
            byte[] chunk = new byte[16 * 1024];
            Arrays.fill(chunk, (byte) ' ');
            long deadline = System.currentTimeMillis() + MAX_STREAM_MILLIS;
            while (System.currentTimeMillis() < deadline) {
                out.write(chunk);
            }
        };
    }

    /** The body one byte at a time, {@code every} apart: a server that is never quite silent. */
    public static Responder drip(int status, String contentType, byte[] body, Duration every) {
        return (request, out) -> {
            head(out, status, contentType, body.length);
            long deadline = System.currentTimeMillis() + MAX_STREAM_MILLIS;
            for (int i = 0; i < body.length && System.currentTimeMillis() < deadline; i++) {
                out.write(body[i]);
                out.flush();
                Thread.sleep(every.toMillis());
            }
        };
    }

    /** Headers that arrive one byte at a time and never end. */
    public static Responder dripHeaders(Duration every) {
        return (request, out) -> {
            out.write("HTTP/1.1 200 OK\r\n".getBytes(StandardCharsets.ISO_8859_1));
            long deadline = System.currentTimeMillis() + MAX_STREAM_MILLIS;
            while (System.currentTimeMillis() < deadline) {
                out.write('X');
                out.flush();
                Thread.sleep(every.toMillis());
            }
        };
    }

    /** A length announced and then not kept: the connection closes early. */
    public static Responder truncated(int status, String contentType, byte[] body, int announced) {
        return (request, out) -> {
            head(out, status, contentType, announced);
            out.write(body);
        };
    }

    /** Nothing at all: the connection closes without a byte. */
    public static Responder hangUp() {
        return (request, out) -> {
        };
    }

    /** Bytes that are not HTTP. */
    public static Responder garbage(byte[] bytes) {
        return (request, out) -> out.write(bytes);
    }

    private static void head(OutputStream out, int status, String contentType, long length, String... headers)
            throws IOException {
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(" Hostile\r\n");
        if (contentType != null) {
            head.append("Content-Type: ").append(contentType).append("\r\n");
        }
        if (length >= 0) {
            head.append("Content-Length: ").append(length).append("\r\n");
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        head.append("Connection: close\r\n\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
    }
}
