package io.camelseedance.examples.watch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * The watch page: every input of the pipeline and where it stands, each finished video playable, served through the
 * application's HTTP server (platform-http) at {@value #PATH}. Only with {@value #ENABLED} set (see
 * {@link WatchPageMode}); the same for both versions of the pipeline, which it watches through what they leave in the
 * inbox and the bucket.
 * <ul>
 * <li>{@code GET /watch}: the page, plain HTML, CSS and JavaScript from {@code watch/} on the classpath;</li>
 * <li>{@code GET /watch/state}: what the page shows, as JSON ({@link WatchState}), polled by the page;</li>
 * <li>{@code GET /watch/media?key=...}: a video or last frame streamed from S3, with ranges ({@link S3Media}).</li>
 * </ul>
 * A timer publishes what this instance is working on for the pages of all instances ({@link WorkNotePublisher}).
 */
public class WatchPageRoutes extends RouteBuilder {

    public static final String PATH = "/watch";
    public static final String ENABLED = "pipeline.watch.enabled";
    /** The inbox route, whose exchanges are the inputs being worked on. */
    private static final String INBOX_ROUTE = "video-pipeline";
    private static final String PRECONDITION = "{{" + ENABLED + "}}";

    @Override
    public void configure() {
        Path inbox = Path.of(getContext().resolvePropertyPlaceholders("{{pipeline.inbox}}")).toAbsolutePath();
        PipelineBucket bucket = new PipelineBucket(getContext(),
                getContext().resolvePropertyPlaceholders("{{pipeline.s3.bucket}}"),
                getContext().resolvePropertyPlaceholders("{{pipeline.s3.prefix}}"));
        WatchState state = new WatchState(inbox, new TaskStoreReader(getContext()), bucket, Clock.systemUTC());
        S3Media media = new S3Media(bucket);

        page("watch-page", "", "index.html", "text/html; charset=UTF-8");
        page("watch-page-style", "/watch.css", "watch.css", "text/css; charset=UTF-8");
        page("watch-page-script", "/watch.js", "watch.js", "text/javascript; charset=UTF-8");

        from("platform-http:" + PATH + "/state?httpMethodRestrict=GET").routeId("watch-page-state")
                .precondition(PRECONDITION)
                .process(exchange -> respond(exchange, state.json(), "application/json"));

        from("platform-http:" + PATH + "/media?httpMethodRestrict=GET").routeId("watch-page-media")
                .precondition(PRECONDITION)
                .process(media::serve);

        from("timer:watch-work-notes?period=500").routeId("watch-work-notes")
                .precondition(PRECONDITION)
                .bean(new WorkNotePublisher(INBOX_ROUTE, inbox, Clock.systemUTC()), "publish");
    }

    /** Serves a file of the page, read once from {@code watch/} on the classpath. */
    private void page(String routeId, String path, String resource, String contentType) {
        byte[] content = resource(resource);
        from("platform-http:" + PATH + path + "?httpMethodRestrict=GET").routeId(routeId)
                .precondition(PRECONDITION)
                .process(exchange -> respond(exchange, content, contentType));
    }

    private static void respond(Exchange exchange, byte[] body, String contentType) {
        // whatever stays on the message is sent back as a response header: none of the request's
        exchange.getMessage().removeHeaders("*");
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, contentType);
        exchange.getMessage().setHeader("Cache-Control", "no-store");
        exchange.getMessage().setBody(body);
    }

    private static byte[] resource(String name) {
        try (InputStream in = WatchPageRoutes.class.getResourceAsStream("/watch/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing page resource watch/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
