package io.camelseedance.simulator;

/**
 * A refusal a simulated provider API throws wherever it decides not to do what was asked; turning it into the
 * provider's own error format is the refusal's job, so the code that refuses never deals with wire formats.
 */
public abstract class ApiRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected ApiRefusal(String message) {
        super(message, null, false, false);
    }

    /**
     * This refusal as the provider's error answer.
     *
     * @param retryAfterSeconds what a 429 tells the client to wait
     */
    public abstract Reply reply(int retryAfterSeconds);
}
