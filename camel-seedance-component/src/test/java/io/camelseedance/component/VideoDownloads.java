package io.camelseedance.component;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Downloads what a finished task points at, to check it is the real thing rather than a URL that looks right. */
final class VideoDownloads {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private VideoDownloads() {
    }

    static HttpResponse<byte[]> download(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** An MP4 starts with its {@code ftyp} box: four bytes of size, then the type. */
    static boolean isMp4(byte[] bytes) {
        return bytes.length > 8
                && new String(Arrays.copyOfRange(bytes, 4, 8), StandardCharsets.US_ASCII).equals("ftyp");
    }

    /** A PNG starts with its eight-byte signature. */
    static boolean isPng(byte[] bytes) {
        return bytes.length > 8 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G';
    }
}
