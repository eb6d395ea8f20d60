/**
 * What the providers have in common: the registry ({@link io.camelseedance.provider.Providers}, which finds each
 * {@link io.camelseedance.provider.ProviderDescriptor} through {@code ServiceLoader}), the
 * {@link io.camelseedance.provider.ProviderDialect} contract (a request to an
 * {@link io.camelseedance.provider.HttpCall}, an answer to a task), the features a provider declares, the request
 * fields it may lack ({@link io.camelseedance.provider.RequestField}), and JSON helpers. One sub-package per provider
 * family holds its descriptor and dialect.
 * <p>
 * Layer 3 of 7: may depend on {@code api} and {@code catalog}. A dialect maps and does no I/O, so each is tested from
 * JSON fixtures; the sub-packages depend on this package, never on the layers above. {@code docs/adding-a-provider.md}
 * is the checklist for a new one.
 */
package io.camelseedance.provider;
