package io.camelseedance.api;

/**
 * What a finished task consumed, as billed by the provider.
 *
 * @param completionTokens tokens of the generated video
 * @param totalTokens      all tokens billed
 * @param webSearchCalls   web searches made by the model, when the web search tool was enabled
 */
public record Usage(Long completionTokens, Long totalTokens, Integer webSearchCalls) {
}
