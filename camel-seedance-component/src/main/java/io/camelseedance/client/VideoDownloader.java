package io.camelseedance.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpTimeoutException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import io.camelseedance.api.SeedanceDownloadException;
import io.camelseedance.api.SeedanceException;
import io.camelseedance.provider.JsonSupport;

/**
 * Downloads the files a task produced (the MP4, the last-frame PNG) from their pre-signed URLs, without blocking a
 * thread and with heap use independent of the file's size: {@link #open} hands over the body as a stream once the
 * headers are in, {@link #toFile} writes it to disk as it arrives.
 * <p>
 * The URLs are pre-signed, so no API key is sent: the Authorization header would leak the key to the storage host.
 * Errors are {@link SeedanceDownloadException}s naming the URL without its query (the signature lives there). A URL
 * that has expired since the task was read answers 403, 404 or 410; given a way to read the task again, the
 * downloader asks for a fresh URL once and retries with it.
 * <p>
 * Every download obeys a {@link DownloadPolicy}: only allowed hosts at public addresses, each redirect hop checked
 * again (the HTTP client itself follows none), a size cap, and only a body that is a video or an image (an HTML error
 * page served with 200 is refused). A transfer that stalls (less than {@value #MIN_BYTES_PER_WINDOW} bytes within the
 * headers timeout) is cut off when writing to a file.
 * <p>
 * Usable without Camel.
 */
public final class VideoDownloader {

    /** What storage hosts answer for a pre-signed URL past its expiry. */
    private static final Set<Integer> EXPIRED_URL_STATUSES = Set.of(403, 404, 410);

    /** Redirects followed per download, each to an allowed host. */
    static final int MAX_REDIRECTS = 5;
    /** A transfer to a file that brings fewer bytes than this within a headers timeout has stalled. */
    static final long MIN_BYTES_PER_WINDOW = 1024;

    private final HttpClient http;
    private final Duration headersTimeout;
    private final DownloadPolicy policy;

    /**
     * @param http           the client to download with, which must not follow redirects; it may be shared with a
     *                       {@link SeedanceClient}
     * @param headersTimeout how long to wait for the response headers; the body may take longer
     * @param policy         where downloads may go, and how large they may be
     */
    public VideoDownloader(HttpClient http, Duration headersTimeout, DownloadPolicy policy) {
        this.http = Redirects.refuseFollowing(Objects.requireNonNull(http, "http"));
        this.headersTimeout = Objects.requireNonNull(headersTimeout, "headersTimeout");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** Starts a download and completes when the headers have arrived; the caller reads and closes the stream. */
    public CompletableFuture<DownloadedStream> open(String url) {
        return open(url, null);
    }

    /**
     * Like {@link #open(String)}, but when the URL turns out to have expired, {@code refreshUrl} is called once for a
     * fresh one (typically by reading the task again) and the download is tried once more with it.
     *
     * @param refreshUrl gives a fresh URL for the same file; {@code null} to fail on an expired URL
     */
    public CompletableFuture<DownloadedStream> open(String url, Supplier<CompletableFuture<String>> refreshUrl) {
        CompletableFuture<DownloadedStream> result = new CompletableFuture<>();
        fetch(url, refreshUrl, info -> guarded(BodyHandlers.ofInputStream().apply(info), false), result)
                .whenComplete((response, error) -> {
                    if (error != null) {
                        result.completeExceptionally(Failures.unwrap(error));
                        return;
                    }
                    DownloadedStream download = new DownloadedStream(response.body(), contentLength(response),
                            response.headers().firstValue("Content-Type").orElse(null));
                    if (!result.complete(download)) {
                        // the caller gave up (cancelled) before the headers came: nobody else will close the connection
                        closeQuietly(response.body());
                    }
                });
        return result;
    }

    /**
     * Downloads to {@code target}, replacing it if it exists. The body goes to a hidden temporary file in the same
     * directory as it arrives, which is moved onto {@code target} (atomically where the file system can) only once
     * complete: a reader of {@code target} never sees half a video. The temporary file is deleted on failure and on
     * cancellation. Missing parent directories are created.
     *
     * @return the future of {@code target}, completed once the file is in place
     */
    public CompletableFuture<Path> toFile(String url, Path target) {
        return toFile(url, target, null);
    }

    /**
     * Like {@link #toFile(String, Path)}, refreshing an expired URL once through {@code refreshUrl}, as
     * {@link #open(String, Supplier)} does.
     */
    public CompletableFuture<Path> toFile(String url, Path target, Supplier<CompletableFuture<String>> refreshUrl) {
        Path file = target.toAbsolutePath();
        Path partial = file.resolveSibling("." + file.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException | UncheckedIOException e) {
            return CompletableFuture.failedFuture(
                    new SeedanceException("Cannot create the download directory " + file.getParent(), e));
        }
        CompletableFuture<Path> result = new CompletableFuture<>();
        BodyHandler<Path> toPartial = info -> guarded(
                BodyHandlers.ofFile(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).apply(info),
                true);
        fetch(url, refreshUrl, toPartial, result).whenComplete((response, error) -> {
            if (error != null || result.isDone()) {
                deleteQuietly(partial);
                result.completeExceptionally(error != null ? Failures.unwrap(error) : new CancellationException());
                return;
            }
            try {
                moveInto(partial, file);
                result.complete(file);
            } catch (IOException e) {
                deleteQuietly(partial);
                result.completeExceptionally(new SeedanceException(
                        "Downloaded " + Locations.of(url) + " but cannot move it to " + file, e));
            }
        });
        return result;
    }

    /**
     * One download, and if its URL had expired and the caller can refresh it, a second with the fresh URL.
     *
     * @param owner the future the caller holds: cancelling it aborts whichever attempt is under way
     */
    private <T> CompletableFuture<HttpResponse<T>> fetch(String url, Supplier<CompletableFuture<String>> refreshUrl,
            BodyHandler<T> body, CompletableFuture<?> owner) {
        CompletableFuture<HttpResponse<T>> first = send(url, body, owner, "");
        if (refreshUrl == null) {
            return first;
        }
        return first.exceptionallyCompose(error -> {
            Throwable cause = Failures.unwrap(error);
            if (!(cause instanceof SeedanceDownloadException expired)
                    || !EXPIRED_URL_STATUSES.contains(expired.httpStatus()) || owner.isDone()) {
                return CompletableFuture.failedFuture(cause);
            }
            return refresh(refreshUrl, expired).thenCompose(
                    fresh -> send(fresh, body, owner, " after the expired URL was refreshed once"));
        });
    }

    private static CompletableFuture<String> refresh(Supplier<CompletableFuture<String>> refreshUrl,
            SeedanceDownloadException expired) {
        CompletableFuture<String> fresh;
        try {
            fresh = Objects.requireNonNull(refreshUrl.get(), "refreshUrl returned no future");
        } catch (RuntimeException e) {
            fresh = CompletableFuture.failedFuture(e);
        }
        return fresh.handle((url, error) -> {
            if (error == null && url != null && !url.isBlank()) {
                return url;
            }
            String why = error != null ? Failures.describe(Failures.unwrap(error)) : "no URL was returned";
            throw new SeedanceDownloadException(expired.location(), expired.httpStatus(),
                    expired.getMessage() + "; refreshing the URL failed: " + why,
                    error != null ? Failures.unwrap(error) : expired);
        });
    }

    private <T> CompletableFuture<HttpResponse<T>> send(String url, BodyHandler<T> onSuccess,
            CompletableFuture<?> owner, String attempt) {
        try {
            return hop(downloadUri(url), onSuccess, owner, attempt, 0);
        } catch (SeedanceDownloadException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** One request; a redirect leads to the next hop, checked against the policy like the first. */
    private <T> CompletableFuture<HttpResponse<T>> hop(URI uri, BodyHandler<T> onSuccess, CompletableFuture<?> owner,
            String attempt, int redirects) {
        String location = Locations.of(uri);
        try {
            policy.check(uri);
        } catch (SeedanceDownloadException refused) {
            return CompletableFuture.failedFuture(refused);
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(headersTimeout).GET().build();
        // an error page, a redirect's body or a refused file is not read: the transfer is cancelled
        BodyHandler<T> handler = info -> refusal(info.statusCode(), info.headers()) == null
                ? onSuccess.apply(info)
                : GuardedBody.refused();
        CompletableFuture<HttpResponse<T>> result = new CompletableFuture<>();
        CompletableFuture<HttpResponse<T>> exchange;
        try {
            exchange = http.sendAsync(request, handler);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(transportFailure(location, e, attempt));
        }
        exchange.whenComplete((response, error) -> {
            if (error != null) {
                result.completeExceptionally(transportFailure(location, Failures.unwrap(error), attempt));
            } else if (Redirects.isRedirect(response.statusCode())) {
                follow(response, onSuccess, owner, attempt, redirects, result);
            } else if (isSuccess(response.statusCode())) {
                String refused = refusal(response.statusCode(), response.headers());
                if (refused == null) {
                    result.complete(response);
                } else {
                    result.completeExceptionally(new SeedanceDownloadException(location, response.statusCode(),
                            "Download of " + location + " refused: " + refused + attempt, null));
                }
            } else {
                result.completeExceptionally(new SeedanceDownloadException(location, response.statusCode(),
                        "Download of " + location + " failed: HTTP " + response.statusCode() + attempt, null));
            }
        });
        owner.whenComplete((done, error) -> {
            if (owner.isCancelled()) {
                exchange.cancel(true);
            }
        });
        return result;
    }

    private <T> void follow(HttpResponse<T> redirect, BodyHandler<T> onSuccess, CompletableFuture<?> owner,
            String attempt, int redirects, CompletableFuture<HttpResponse<T>> result) {
        String from = Locations.of(redirect.request().uri());
        URI next = Redirects.location(redirect);
        if (next == null || !"http".equalsIgnoreCase(next.getScheme()) && !"https".equalsIgnoreCase(next.getScheme())
                || next.getHost() == null) {
            result.completeExceptionally(new SeedanceDownloadException(from, redirect.statusCode(),
                    "Download of " + from + " redirected to no valid http(s) location" + attempt, null));
        } else if (redirects >= MAX_REDIRECTS) {
            result.completeExceptionally(new SeedanceDownloadException(from, redirect.statusCode(),
                    "Download of " + from + " redirected more than " + MAX_REDIRECTS + " times" + attempt, null));
        } else if (!owner.isDone()) {
            hop(next, onSuccess, owner, attempt, redirects + 1).whenComplete((response, error) -> {
                if (error != null) {
                    result.completeExceptionally(Failures.unwrap(error));
                } else {
                    result.complete(response);
                }
            });
        }
    }

    /**
     * Why an answer's body is not a file to keep: not a success (an error page, a redirect), a type that is not a
     * video or an image (an HTML page, JSON), or an announced size over the cap; {@code null} when it is one.
     */
    private String refusal(int status, HttpHeaders headers) {
        if (!isSuccess(status)) {
            return "HTTP " + status;
        }
        String type = headers.firstValue("Content-Type").orElse(null);
        if (type != null && !isMediaType(type)) {
            return "the host answered with Content-Type " + JsonSupport.abbreviate(type) + ", not a video or image";
        }
        long length = headers.firstValueAsLong("Content-Length").orElse(-1);
        if (length > policy.maxSize()) {
            return "it is " + length + " bytes, more than downloadMaxSize (" + policy.maxSize() + " bytes)";
        }
        return null;
    }

    /** Video, image, or a type storage hosts use for anything: never a page or a document. */
    private static boolean isMediaType(String contentType) {
        String type = contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        return type.startsWith("video/") || type.startsWith("image/") || type.equals("application/octet-stream")
                || type.equals("binary/octet-stream") || type.equals("application/mp4") || type.isEmpty();
    }

    private <T> BodySubscriber<T> guarded(BodySubscriber<T> body, boolean paced) {
        return new GuardedBody<>(body, policy.maxSize(), "the file is larger than downloadMaxSize (" + policy.maxSize()
                + " bytes)", paced ? headersTimeout : null, MIN_BYTES_PER_WINDOW);
    }

    private Throwable transportFailure(String location, Throwable error, String attempt) {
        if (error instanceof CancellationException || error instanceof SeedanceDownloadException) {
            return error;
        }
        if (error instanceof GuardedBody.TooMuchOrTooSlow) {
            return new SeedanceDownloadException(location, SeedanceDownloadException.NO_RESPONSE,
                    "Download of " + location + " stopped" + attempt + ": " + error.getMessage(), error);
        }
        String what;
        if (CallKind.neverSent(error)) {
            what = "Cannot connect to download " + location;
        } else if (error instanceof HttpTimeoutException) {
            what = "No response headers within " + headersTimeout.toMillis() + " ms from " + location;
        } else {
            what = "Download of " + location + " failed";
        }
        return new SeedanceDownloadException(location, SeedanceDownloadException.NO_RESPONSE,
                what + attempt + ": " + Failures.describe(error), error);
    }

    private static URI downloadUri(String url) {
        if (url == null || url.isBlank()) {
            throw new SeedanceDownloadException("(no URL)", SeedanceDownloadException.NO_RESPONSE, "No download URL",
                    null);
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new URISyntaxException(Locations.of(uri), "not an http(s) URL with a host");
            }
            return uri;
        } catch (URISyntaxException e) {
            // the reason only: the input itself may carry a signature
            throw new SeedanceDownloadException(Locations.of(url), SeedanceDownloadException.NO_RESPONSE,
                    "Not a valid download URL: " + e.getReason(), null);
        }
    }

    private static boolean isSuccess(int status) {
        return status / 100 == 2;
    }

    private static long contentLength(HttpResponse<?> response) {
        try {
            return response.headers().firstValueAsLong("Content-Length").orElse(-1);
        } catch (NumberFormatException unreadable) {
            return -1;
        }
    }

    private static void moveInto(Path partial, Path target) throws IOException {
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover hidden .part file is harmless and the download's own error is the one to report
        }
    }

    private static void closeQuietly(InputStream stream) {
        try {
            stream.close();
        } catch (IOException ignored) {
            // closing only releases the connection; there is nothing left to report to
        }
    }
}
