package io.camelseedance.client;

import java.io.IOException;
import java.net.ConnectException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Turns what an asynchronous HTTP call failed with into the error that matters and a short description of it. */
final class Failures {

    private Failures() {
    }

    /** The error itself, without the wrappers that futures add around it. */
    static Throwable unwrap(Throwable error) {
        Throwable e = error;
        while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        // the JDK client sometimes wraps the ConnectException it got in a plain IOException
        if (e instanceof IOException && !(e instanceof ConnectException)
                && e.getCause() instanceof ConnectException) {
            return e.getCause();
        }
        return e;
    }

    /** The error's type and message, e.g. {@code ConnectException: Connection refused}. */
    static String describe(Throwable error) {
        String message = error.getMessage();
        return error.getClass().getSimpleName() + (message != null && !message.isBlank() ? ": " + message : "");
    }
}
