package io.camelseedance.provider.unified;

import java.util.Arrays;
import java.util.List;

import io.camelseedance.provider.ProviderOption;

/**
 * A place in a relay's answer that the dialect reads, with the provider option that moves it and where the
 * documented family puts it. Clients of the family look for the video in several places, so its default lists them
 * all, {@code data.output} (the documented relays') first.
 */
enum Pointer {
    TASK_ID("taskIdPointer", "the task id", "/task_id"),
    STATUS("statusPointer", "the status word", "/status"),
    VIDEO_URL("videoUrlPointer", "the video URL", "/data/output,/video_url,/url,/result/url"),
    LAST_FRAME_URL("lastFrameUrlPointer", "the last frame's URL", "/data/last_frame_url,/last_frame_url"),
    ERROR("errorPointer", "the failure reason (a text or an error object)", "/fail_reason"),
    PROGRESS("progressPointer", "the progress (a number or a text such as 40%)", "/progress");

    /** The provider option key, e.g. {@code statusPointer}. */
    final String option;
    /** What the relay puts there. */
    private final String what;
    /** The documented family's place, comma-separated where clients look in several. */
    final String defaultValue;

    Pointer(String option, String what, String defaultValue) {
        this.option = option;
        this.what = what;
        this.defaultValue = defaultValue;
    }

    /** Every provider option the relay dialect reads, one per pointer. */
    static List<ProviderOption> options() {
        return Arrays.stream(values())
                .map(p -> new ProviderOption(p.option, "Where the relay's answers put " + p.what
                        + ", as JSON pointers, comma-separated (the first that finds a value wins); default "
                        + p.defaultValue + "."))
                .toList();
    }
}
