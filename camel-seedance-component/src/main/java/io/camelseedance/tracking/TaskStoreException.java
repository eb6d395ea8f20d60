package io.camelseedance.tracking;

import io.camelseedance.api.SeedanceException;

/**
 * The task store could not be read or written (its database is unreachable, a write failed). The message names what
 * was being done and the store's own reason; it never carries a password.
 */
public class TaskStoreException extends SeedanceException {

    public TaskStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
