package io.camelseedance.api;

/**
 * What a task consumed, in the units its provider bills in, as the provider reports it.
 *
 * @param completionTokens tokens of the generated video (Ark)
 * @param totalTokens      all tokens billed (Ark)
 * @param webSearchCalls   web searches made by the model, when the web search tool was enabled (Ark)
 * @param credits          credits the provider charges or holds for the task (EvoLink reports them reserved at
 *                         submission, in its {@code usage.credits_reserved})
 */
public record Usage(Long completionTokens, Long totalTokens, Integer webSearchCalls, Double credits) {

    /** Usage in tokens, without credits. */
    public Usage(Long completionTokens, Long totalTokens, Integer webSearchCalls) {
        this(completionTokens, totalTokens, webSearchCalls, null);
    }

    /** Usage in credits alone. */
    public static Usage ofCredits(Double credits) {
        return new Usage(null, null, null, credits);
    }
}
