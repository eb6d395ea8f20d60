/**
 * The dialect of BytePlus ModelArk and Volcengine Ark (the same Ark API at two base URLs, with their own model ids):
 * the two providers' descriptors (what each declares about itself), the request writer and the task reader.
 * <p>
 * Part of layer 3 (provider): may depend on {@code api}, {@code catalog} and {@code io.camelseedance.provider}. Pure
 * mapping, no I/O.
 */
package io.camelseedance.provider.ark;
