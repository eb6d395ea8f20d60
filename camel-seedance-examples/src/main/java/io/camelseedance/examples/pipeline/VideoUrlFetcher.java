package io.camelseedance.examples.pipeline;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.OptionalLong;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.component.aws2.s3.AWS2S3Constants;
import org.apache.camel.support.SynchronizationAdapter;

import io.camelseedance.component.SeedanceConstants;

/**
 * STOPGAP until the seedance component's {@code download=true} is released: streams a finished task's video (or
 * last frame) from its URL into the body, with the headers {@code download=true} sets ({@code Content-Length},
 * {@code CamelAwsS3ContentLength}), so the S3 step that follows is the same either way. Each pipeline calls it in
 * exactly one marked step; replacing that step by {@code download=true} on the generate endpoint retires this class.
 * <p>
 * The body is never held in memory: S3 needs the length up front, so a response without {@code Content-Length} is
 * spooled to a temporary file first. The stream is closed (and the file deleted) when the exchange completes.
 */
public class VideoUrlFetcher implements Processor {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    private final String urlHeader;
    private final String contentType;

    public VideoUrlFetcher(String urlHeader, String contentType) {
        this.urlHeader = urlHeader;
        this.contentType = contentType;
    }

    public static VideoUrlFetcher video() {
        return new VideoUrlFetcher(SeedanceConstants.VIDEO_URL, "video/mp4");
    }

    public static VideoUrlFetcher lastFrame() {
        return new VideoUrlFetcher(SeedanceConstants.LAST_FRAME_URL, "image/png");
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        String url = exchange.getMessage().getHeader(urlHeader, String.class);
        if (url == null) {
            throw new IllegalStateException("The task has no " + urlHeader + " to fetch");
        }
        HttpResponse<InputStream> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofMinutes(5)).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            response.body().close();
            // the query of a pre-signed URL is a credential: name the file without it
            throw new IOException("GET " + withoutQuery(url) + " answered HTTP " + response.statusCode());
        }
        OptionalLong length = response.headers().firstValueAsLong("Content-Length");
        InputStream body = length.isPresent() ? response.body() : spooled(response.body(), exchange);
        long size = length.isPresent() ? length.getAsLong() : ((SpooledStream) body).size;
        closeOnCompletion(exchange, body);
        exchange.getMessage().setBody(body);
        exchange.getMessage().setHeader(Exchange.CONTENT_LENGTH, size);
        exchange.getMessage().setHeader(AWS2S3Constants.CONTENT_LENGTH, size);
        exchange.getMessage().setHeader(AWS2S3Constants.CONTENT_TYPE, contentType);
    }

    /** Copies a response of unknown length to a temporary file, deleted when the exchange completes. */
    private static SpooledStream spooled(InputStream response, Exchange exchange) throws IOException {
        Path spool = Files.createTempFile("seedance-", ".download");
        deleteOnCompletion(exchange, spool);
        long size;
        try (response) {
            size = Files.copy(response, spool, StandardCopyOption.REPLACE_EXISTING);
        }
        return new SpooledStream(Files.newInputStream(spool), size);
    }

    private static final class SpooledStream extends FilterInputStream {

        private final long size;

        SpooledStream(InputStream in, long size) {
            super(in);
            this.size = size;
        }
    }

    private static String withoutQuery(String url) {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q);
    }

    private static void closeOnCompletion(Exchange exchange, InputStream stream) {
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange done) {
                try {
                    stream.close();
                } catch (IOException ignored) {
                    // the bytes were used or the exchange failed; an unclosable stream changes neither
                }
            }
        });
    }

    private static void deleteOnCompletion(Exchange exchange, Path spool) {
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange done) {
                try {
                    Files.deleteIfExists(spool);
                } catch (IOException ignored) {
                    // a temporary file left behind is removed with the temporary directory
                }
            }
        });
    }
}
