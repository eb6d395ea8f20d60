/**
 * The dialect of BytePlus ModelArk and Volcengine Ark (the same Ark API at two base URLs, with their own model ids):
 * request writer, task reader and what the provider declares about itself.
 * <p>
 * Part of layer 3 (provider): may depend on {@code api}, {@code catalog} and {@code io.camelseedance.provider}. Pure
 * mapping, no I/O.
 */
package io.camelseedance.provider.ark;
