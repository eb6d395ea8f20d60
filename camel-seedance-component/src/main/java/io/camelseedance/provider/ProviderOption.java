package io.camelseedance.provider;

/**
 * A provider-specific setting a provider reads, given on an endpoint as {@code providerOption.<key>=<value>}.
 *
 * @param key         e.g. {@code mode}
 * @param description what it does, its values and its default, as the documentation lists it
 */
public record ProviderOption(String key, String description) {
}
