package io.camelseedance.provider.acedata;

import java.util.Locale;

import io.camelseedance.provider.ProviderOptions;

/**
 * How Ace Data Cloud is asked to answer a create: at once with a task id to poll ({@code async}, the default), or
 * only once the video is done ({@code blocking}), read from the provider option {@code mode}. A callback URL makes Ace
 * answer at once by itself, and push the result to it.
 */
enum AceDataMode {
    ASYNC,
    BLOCKING;

    static final String OPTION = "mode";

    static AceDataMode from(ProviderOptions options) {
        String value = options.get(OPTION, "async");
        switch (value.toLowerCase(Locale.ROOT)) {
            case "async":
                return ASYNC;
            case "blocking":
                return BLOCKING;
            default:
                throw options.invalid(OPTION, "must be async or blocking; got " + value);
        }
    }
}
