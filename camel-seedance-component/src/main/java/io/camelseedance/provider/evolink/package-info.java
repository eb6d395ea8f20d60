/**
 * The dialect of EvoLink (OpenAI-style video generations, Seedance 2.0 only, with callbacks): request writer, task
 * reader and what the provider declares about itself.
 * <p>
 * Part of layer 3 (provider): may depend on {@code api}, {@code catalog} and {@code io.camelseedance.provider}. Pure
 * mapping, no I/O.
 */
package io.camelseedance.provider.evolink;
