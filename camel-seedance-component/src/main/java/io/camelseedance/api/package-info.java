/**
 * The provider-neutral model: {@link io.camelseedance.api.VideoRequest} and its one field list
 * {@link io.camelseedance.api.NeutralField}, {@link io.camelseedance.api.VideoTask} and what it carries, the task
 * queries and pages, and the exceptions every other layer throws.
 * <p>
 * Layer 1 of 7 (api → catalog → provider → client → tracking → governor → component). Plain Java and Jackson: it depends on no
 * other package of the component and on no Camel type, so it can be used, and tested, on its own.
 */
package io.camelseedance.api;
