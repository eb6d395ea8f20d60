package io.camelseedance.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * A port free on 127.0.0.1 for a server whose address must be known before it starts (a callback URL names it, the
 * demo prints the watch page's). Another process could take it before the server does; on one machine that is rare.
 */
public final class FreePort {

    private FreePort() {
    }

    public static int onLoopback() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
