package io.camelseedance.api;

/**
 * Base of every error raised by camel-seedance. Messages never contain API keys or callback tokens.
 */
public class SeedanceException extends RuntimeException {

    public SeedanceException(String message) {
        super(message);
    }

    public SeedanceException(String message, Throwable cause) {
        super(message, cause);
    }
}
