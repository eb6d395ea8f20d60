package io.camelseedance.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A small HTTP/1.1 server on a loopback address that answers however a test tells it to, byte for byte: a server that
 * lies, redirects, drips, never ends or sends what is not UTF-8. Every connection is closed after one answer. It
 * records each request (with its headers, so a test can see whether a credential reached it).
 * <p>
 * Whatever it writes is bounded in time and size ({@link Answer#MAX_STREAM_MILLIS}), so a test that goes wrong ends.
 */
public final class HostileServer implements AutoCloseable {

    /** What the server does with one request. */
    @FunctionalInterface
    public interface Responder {
        void respond(Request request, OutputStream out) throws IOException, InterruptedException;
    }

    /** A request as received; header names are lower case. */
    public record Request(String method, String path, Map<String, String> headers, byte[] body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private final ServerSocket socket;
    private final Responder responder;
    private final Queue<Request> requests = new ConcurrentLinkedQueue<>();
    private final ExecutorService connections = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "hostile-server");
        t.setDaemon(true);
        return t;
    });

    private HostileServer(String host, Responder responder) throws IOException {
        this.socket = new ServerSocket();
        this.socket.bind(new InetSocketAddress(InetAddress.getByName(host), 0), 50);
        this.responder = responder;
        connections.execute(this::acceptLoop);
    }

    /** A server on 127.0.0.1. */
    public static HostileServer start(Responder responder) throws IOException {
        return start("127.0.0.1", responder);
    }

    /** A server on another loopback address, e.g. {@code 127.0.0.2}: another host as far as a client can tell. */
    public static HostileServer start(String loopbackHost, Responder responder) throws IOException {
        return new HostileServer(loopbackHost, responder);
    }

    /** {@code http://host:port}. */
    public String origin() {
        return "http://" + socket.getInetAddress().getHostAddress() + ":" + socket.getLocalPort();
    }

    public List<Request> requests() {
        return new ArrayList<>(requests);
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                connections.execute(() -> serve(connection));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket connection) {
        try (connection;
                InputStream in = connection.getInputStream();
                OutputStream out = connection.getOutputStream()) {
            connection.setSoTimeout(10_000);
            Request request = read(in);
            if (request == null) {
                return;
            }
            requests.add(request);
            responder.respond(request, out);
            out.flush();
        } catch (SocketException clientLeft) {
            // the client gave up or refused the answer: the point of many of these answers
        } catch (IOException e) {
            // same as above, as another type
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Request read(InputStream in) throws IOException {
        String requestLine = line(in);
        if (requestLine == null || requestLine.isEmpty()) {
            return null;
        }
        String[] parts = requestLine.split(" ");
        Map<String, String> headers = new LinkedHashMap<>();
        for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            if (colon > 0) {
                headers.put(header.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        header.substring(colon + 1).trim());
            }
        }
        String length = headers.get("content-length");
        byte[] body = length == null ? new byte[0] : in.readNBytes(Math.min(Integer.parseInt(length), 1 << 20));
        return new Request(parts[0], parts.length > 1 ? parts[1] : "/", headers, body);
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1; b = in.read()) {
            if (b == '\n') {
                String text = line.toString(StandardCharsets.ISO_8859_1);
                return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing a listening socket has nothing to report
        }
        connections.shutdownNow();
    }
}
