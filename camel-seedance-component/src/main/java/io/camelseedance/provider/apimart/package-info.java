/**
 * The dialect of APIMart (OpenAI-style video generations in an envelope, Seedance 2.0 only, with idempotent creates):
 * its descriptor (what the provider declares about itself), request writer and task reader.
 * <p>
 * Part of layer 3 (provider): may depend on {@code api}, {@code catalog} and {@code io.camelseedance.provider}. Pure
 * mapping, no I/O.
 */
package io.camelseedance.provider.apimart;
