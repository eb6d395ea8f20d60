package io.camelseedance.simulator;

/**
 * Applies the create-time {@code [sim:…]} directives of a prompt ({@code status}, {@code reject}, {@code 429xN})
 * the same way for every simulated provider; each provider only says how it words the refusal.
 */
public final class CreateGate {

    /** How one provider words the refusals a directive asks for. */
    public interface Refusals {

        /** The prompt carries a directive the simulator does not understand. */
        RuntimeException invalidDirective(String problem);

        /** The create call is answered with this HTTP status ({@code [sim:status=NNN]}, {@code [sim:429xN]}). */
        RuntimeException status(int httpStatus);

        /** The input is refused by moderation with this code ({@code [sim:reject=CODE]}). */
        RuntimeException rejected(String code);
    }

    private final RateLimitedPrompts rateLimitedPrompts = new RateLimitedPrompts();

    /**
     * Reads the prompt's directives and throws the refusal they ask for, if any; otherwise returns them for the
     * task to be planned with.
     */
    public PromptDirectives admit(String prompt, Refusals refusals) {
        PromptDirectives directives;
        try {
            directives = PromptDirectives.parse(prompt);
        } catch (IllegalArgumentException e) {
            throw refusals.invalidDirective(e.getMessage());
        }
        if (directives.httpStatus().isPresent()) {
            throw refusals.status(directives.httpStatus().getAsInt());
        }
        if (directives.rejectCode().isPresent()) {
            throw refusals.rejected(directives.rejectCode().get());
        }
        if (directives.rateLimitedAttempts() > 0
                && rateLimitedPrompts.throttle(prompt, directives.rateLimitedAttempts())) {
            throw refusals.status(429);
        }
        return directives;
    }
}
