package io.camelseedance.client;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * A download whose headers have arrived and whose body is read as it comes off the network: heap use does not
 * depend on the file's size. Close it (or its stream) when done, also when not reading to the end, or the
 * connection stays open.
 *
 * @param stream        the body; reading it blocks until bytes arrive, and fails if the transfer breaks
 * @param contentLength the {@code Content-Length} the host announced, or -1 when it did not
 * @param contentType   the {@code Content-Type}, or {@code null} when absent
 */
public record DownloadedStream(InputStream stream, long contentLength, String contentType) implements Closeable {

    /** Whether the size is known before reading, e.g. to pass it on to an upload that needs it. */
    public boolean hasKnownLength() {
        return contentLength >= 0;
    }

    @Override
    public void close() throws IOException {
        stream.close();
    }
}
