package io.camelseedance.client;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;

import io.camelseedance.api.SeedanceApiException;

/**
 * Which failures may be answered by sending the same call again. Reads and deletes are safe to repeat. A create is
 * paid work: it is repeated only when the provider certainly did not accept it, or when an idempotency key makes the
 * repeat harmless.
 */
enum CallKind {

    READ {
        @Override
        boolean mayResend(Throwable transportError) {
            return transportError instanceof IOException;
        }

        @Override
        boolean mayResend(SeedanceApiException error) {
            return error.isRetryable();
        }
    },

    CREATE {
        @Override
        boolean mayResend(Throwable transportError) {
            return neverSent(transportError);
        }

        @Override
        boolean mayResend(SeedanceApiException error) {
            // a 429 is a refusal before any work is accepted; a 5xx may come after the task was created
            return error.httpStatus() == 429 && error.isRetryable();
        }
    },

    /** A create carrying an idempotency key: the provider collapses repeats into one task. */
    IDEMPOTENT_CREATE {
        @Override
        boolean mayResend(Throwable transportError) {
            return transportError instanceof IOException;
        }

        @Override
        boolean mayResend(SeedanceApiException error) {
            return error.isRetryable();
        }
    };

    abstract boolean mayResend(Throwable transportError);

    abstract boolean mayResend(SeedanceApiException error);

    /** The connection was never established, so the request never reached the provider. */
    static boolean neverSent(Throwable error) {
        return error instanceof ConnectException || error instanceof HttpConnectTimeoutException;
    }
}
