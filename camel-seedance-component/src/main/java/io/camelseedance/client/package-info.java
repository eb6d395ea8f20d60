/**
 * {@link io.camelseedance.client.SeedanceClient}, the one place that talks HTTP to a provider: asynchronous calls
 * with timeouts, the API key in the Authorization header only, retries of reads and of creates that certainly did not
 * land ({@link io.camelseedance.client.RetryPolicy}), and the video downloads. Usable without Camel.
 * <p>
 * Layer 4 of 7: may depend on {@code api} and {@code provider} (and so {@code catalog}); it knows nothing of tracking
 * or Camel.
 */
package io.camelseedance.client;
