package io.camelseedance.client;

import java.util.concurrent.atomic.AtomicLong;

import io.camelseedance.api.VideoRequest;

/**
 * Makes creates that the provider would echo alike tell themselves apart in its task list. Ark echoes no prompt, so
 * two creates of one model sent in the same second look the same there, and a lost one among them could not be
 * found. A request that leaves {@code execution_expires_after} to the provider's default (48 hours) is sent with the
 * default shortened by a few seconds instead, a different number of seconds for each create in flight (up to an
 * hour, turning over after 3,600 creates): the task expires unfinished at most an hour earlier, and every task
 * echoes its number. It changes what the user sends, so only with {@link ReconcilePolicy#markCreates()}.
 */
final class CreateMarks {

    /** Ark's default: a task not finished 48 hours after it was created expires. */
    static final int PROVIDER_DEFAULT_EXPIRY = 172_800;
    private static final int DISTINCT = 3_600;

    private final AtomicLong next = new AtomicLong();

    /** The request with its own expiry, unless it set one (then it is sent as it is). */
    VideoRequest mark(VideoRequest request) {
        if (request.executionExpiresAfter() != null) {
            return request;
        }
        int shortenedBy = (int) (next.getAndIncrement() % DISTINCT);
        return request.toBuilder().executionExpiresAfter(PROVIDER_DEFAULT_EXPIRY - shortenedBy).build();
    }
}
