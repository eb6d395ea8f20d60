/**
 * The dialect of the relay gateways' /v2/videos/generations format, whose answers are found through configurable JSON
 * pointers: its descriptor (what the provider declares about itself), request writer and task reader.
 * <p>
 * Part of layer 3 (provider): may depend on {@code api}, {@code catalog} and {@code io.camelseedance.provider}. Pure
 * mapping, no I/O.
 */
package io.camelseedance.provider.unified;
