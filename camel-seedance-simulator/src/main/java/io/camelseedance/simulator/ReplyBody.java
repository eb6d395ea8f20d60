package io.camelseedance.simulator;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * The body of a {@link Reply}: its exact length, known before the first byte is sent so that it can go out as
 * {@code Content-Length}, and a way to write it. A body may be generated while it is written, so that a reply of
 * hundreds of megabytes costs the simulator no more memory than a small one.
 */
public interface ReplyBody {

    /** The number of bytes {@link #writeTo} writes; 0 for an empty body. */
    long length();

    /** Writes exactly {@link #length()} bytes. Called once, on a server thread. */
    void writeTo(OutputStream out) throws IOException;

    /** A body already in memory. The array is not copied: do not modify it. */
    static ReplyBody of(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        return new ReplyBody() {
            @Override
            public long length() {
                return bytes.length;
            }

            @Override
            public void writeTo(OutputStream out) throws IOException {
                out.write(bytes);
            }
        };
    }
}
