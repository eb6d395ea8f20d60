package io.camelseedance.simulator.ark;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

import io.camelseedance.simulator.PromptDirectives;

/**
 * How a task's files are served once it has succeeded, fixed when the task is created.
 *
 * @param videoBytes the exact size of the served MP4, padded from the sample; empty for the sample as it is
 * @param urlTtl     how long a file URL works after the task was read; empty for URLs that never expire
 */
record FileDelivery(OptionalLong videoBytes, Optional<Duration> urlTtl) {

    static FileDelivery of(PromptDirectives directives) {
        return new FileDelivery(directives.videoBytes(), directives.urlTtl());
    }
}
