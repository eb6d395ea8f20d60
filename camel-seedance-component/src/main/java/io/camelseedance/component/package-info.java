/**
 * The Camel component {@code seedance:}: component, endpoint and configuration (request options in
 * {@link io.camelseedance.component.SeedanceRequestDefaults}, the rest in
 * {@link io.camelseedance.component.SeedanceConfiguration}), the asynchronous producer, the {@code seedance:tasks}
 * batch polling consumer and the {@code seedance:callback} consumer, message headers
 * ({@link io.camelseedance.component.SeedanceConstants}), health checks and the dev console.
 * <p>
 * Layer 7 of 7, the top: may depend on every other layer; nothing of the component depends on it except the
 * generated Endpoint DSL. {@code docs/architecture.md} follows one request through the layers.
 */
package io.camelseedance.component;
