package io.camelseedance.api;

/**
 * What a finished task consumed, as billed by the provider.
 *
 * @param completionTokens tokens of the generated video
 * @param totalTokens      all tokens billed
 * @param webSearchCalls   web searches made by the model, when the web search tool was enabled
 * @param credits          credits charged or reserved, where the provider bills in credits (EvoLink's
 *                         {@code credits_reserved})
 */
public record Usage(Long completionTokens, Long totalTokens, Integer webSearchCalls, Double credits) {

    /** Usage billed in tokens, as Ark reports it. */
    public Usage(Long completionTokens, Long totalTokens, Integer webSearchCalls) {
        this(completionTokens, totalTokens, webSearchCalls, null);
    }

    /** Usage billed in credits, as EvoLink reports it. */
    public static Usage ofCredits(Double credits) {
        return new Usage(null, null, null, credits);
    }
}
