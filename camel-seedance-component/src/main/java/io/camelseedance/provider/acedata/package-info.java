/**
 * The dialect of Ace Data Cloud (an Ark request shape behind Ace's own paths and envelopes, with a blocking mode): its
 * descriptor (what the provider declares about itself), request writer and task reader.
 * <p>
 * Part of layer 3 (provider): may depend on {@code api}, {@code catalog}, {@code io.camelseedance.provider}, and on
 * {@code provider.ark}, whose request writer and task reader it reuses. Pure mapping, no I/O.
 */
package io.camelseedance.provider.acedata;
