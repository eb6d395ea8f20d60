package io.camelseedance.examples.watch;

import java.util.regex.Pattern;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Serves a video or last frame from the bucket to the browser, streamed through the application: the browser never
 * gets a credential or a presigned URL. A single byte range ({@code Range: bytes=a-b}, {@code a-}, {@code -n}) is
 * passed on to S3, which answers the part and its {@code Content-Range}: that is what lets a {@code <video>} seek
 * and start playing before it has everything. Other ranges (several at once) get the whole object, as HTTP allows.
 */
final class S3Media {

    /** The query parameter naming the object. */
    static final String KEY = "key";
    private static final Pattern SINGLE_RANGE = Pattern.compile("bytes=(\\d+-\\d*|-\\d+)");

    private final PipelineBucket bucket;

    S3Media(PipelineBucket bucket) {
        this.bucket = bucket;
    }

    void serve(Exchange exchange) {
        Message message = exchange.getMessage();
        String key = message.getHeader(KEY, String.class);
        String range = message.getHeader("Range", String.class);
        // whatever stays on the message is sent back as a response header: none of the request's
        message.removeHeaders("*");
        message.setBody(null);
        if (!bucket.holdsMedia(key)) {
            status(message, 404);
            return;
        }
        GetObjectRequest.Builder request = GetObjectRequest.builder().bucket(bucket.name()).key(key);
        if (range != null && SINGLE_RANGE.matcher(range.trim()).matches()) {
            request.range(range.trim());
        }
        try {
            ResponseInputStream<GetObjectResponse> object = bucket.client().getObject(request.build());
            GetObjectResponse response = object.response();
            if (response.contentRange() != null) {
                status(message, 206);
                message.setHeader("Content-Range", response.contentRange());
            }
            message.setHeader(Exchange.CONTENT_TYPE, response.contentType());
            message.setHeader(Exchange.CONTENT_LENGTH, response.contentLength());
            message.setHeader("Accept-Ranges", "bytes");
            message.setHeader("Cache-Control", "private, max-age=3600");
            message.setBody(object);
        } catch (NoSuchKeyException e) {
            status(message, 404);
        } catch (S3Exception e) {
            if (e.statusCode() != 416) {
                throw e;
            }
            status(message, 416);
            long size = bucket.client().headObject(b -> b.bucket(bucket.name()).key(key)).contentLength();
            message.setHeader("Content-Range", "bytes */" + size);
        }
    }

    private static void status(Message message, int code) {
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, code);
    }
}
