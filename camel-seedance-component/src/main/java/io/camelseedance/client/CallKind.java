package io.camelseedance.client;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;

import io.camelseedance.api.SeedanceApiException;

/**
 * Which failures may be answered by sending the same call again. Reads and deletes are safe to repeat, and so is a
 * create carrying an idempotency key (the provider collapses repeats into one task). A plain create is paid work: it
 * is repeated only when the provider certainly did not accept it.
 */
enum CallKind {

    /** A GET or a DELETE: it asks for no new work, so sending it twice costs nothing. */
    SAFE_TO_REPEAT(true),
    /** A create without an idempotency key: each one that arrives is a task, and a bill. */
    CREATE(false),
    /** A create carrying an idempotency key, which the provider collapses repeats of into one task. */
    IDEMPOTENT_CREATE(true);

    private final boolean repeatable;

    CallKind(boolean repeatable) {
        this.repeatable = repeatable;
    }

    /** Whether the call asks the provider for paid work, so that a lost answer leaves its outcome unknown. */
    boolean creates() {
        return this != SAFE_TO_REPEAT;
    }

    boolean mayResend(Throwable transportError) {
        return repeatable ? transportError instanceof IOException : neverSent(transportError);
    }

    boolean mayResend(SeedanceApiException error) {
        // a 429 is a refusal before any work is accepted; a 5xx may come after the task was created
        return error.isRetryable() && (repeatable || error.httpStatus() == 429);
    }

    /** The connection was never established, so the request never reached the provider. */
    static boolean neverSent(Throwable error) {
        return error instanceof ConnectException || error instanceof HttpConnectTimeoutException;
    }
}
