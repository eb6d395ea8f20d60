package io.camelseedance.provider;

import io.camelseedance.api.SeedanceException;

/**
 * A dialect found an answer without something the operation needs (a task id, a status, a list). The client turns it
 * into a {@link io.camelseedance.api.SeedanceApiException} that names the provider and keeps the body.
 */
public class MalformedAnswerException extends SeedanceException {

    /** @param missing what the answer lacks, e.g. {@code "no status"} */
    public MalformedAnswerException(String missing) {
        super(missing);
    }
}
