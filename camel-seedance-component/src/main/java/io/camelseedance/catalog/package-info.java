/**
 * The model catalog (what each Seedance model accepts: durations, frames, resolutions, ratios, media counts, which
 * features apply) and the {@link io.camelseedance.catalog.RequestValidator} that checks a request against it before
 * anything is sent, naming the field and the rule.
 * <p>
 * Layer 2 of 7: may depend on {@code api} only. It knows models, not providers: what a provider's wire format cannot
 * carry is the provider layer's to say.
 */
package io.camelseedance.catalog;
