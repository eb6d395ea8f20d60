package io.camelseedance.provider.unified;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A place in a relay's answer that the dialect reads, with the provider option that moves it and where the
 * documented family puts it. Clients of the family look for the video in several places, so its default lists them
 * all, {@code data.output} (the documented relays') first.
 */
enum Pointer {
    TASK_ID("taskIdPointer", "/task_id"),
    STATUS("statusPointer", "/status"),
    VIDEO_URL("videoUrlPointer", "/data/output,/video_url,/url,/result/url"),
    LAST_FRAME_URL("lastFrameUrlPointer", "/data/last_frame_url,/last_frame_url"),
    ERROR("errorPointer", "/fail_reason"),
    PROGRESS("progressPointer", "/progress");

    /** The provider option key, e.g. {@code statusPointer}. */
    final String option;
    /** The documented family's place, comma-separated where clients look in several. */
    final String defaultValue;

    Pointer(String option, String defaultValue) {
        this.option = option;
        this.defaultValue = defaultValue;
    }

    /** Every provider option key the relay dialect reads. */
    static Set<String> keys() {
        return Arrays.stream(values()).map(pointer -> pointer.option).collect(Collectors.toUnmodifiableSet());
    }
}
