package io.camelseedance.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;

import io.camelseedance.api.TaskSettings;
import io.camelseedance.api.VideoOutput;
import io.camelseedance.api.VideoRequest;
import io.camelseedance.api.VideoTask;

/**
 * Whether a listed task can be the one a request made, judged on what the provider echoes of the request: the model,
 * the draft task its content renders, the settings it reports on every task (service tier, draft, audio, priority,
 * expiry, end-user id) and the video
 * settings it reports once the task has succeeded (resolution, ratio, duration, frames, seed). A field that either
 * side leaves open (unset, {@code adaptive}, {@code -1}) proves nothing and is skipped; a field both give must agree.
 * Providers echo no prompt, so two requests differing only in their prompt look the same: that is what makes a
 * search ambiguous, never a reason to guess.
 */
final class RequestEcho {

    private final List<Field> fields = new ArrayList<>();

    private record Field(String name, Object requested, Object echoed) {
        boolean known() {
            return requested != null && echoed != null;
        }

        boolean agrees() {
            return !known() || Objects.equals(String.valueOf(requested), String.valueOf(echoed));
        }
    }

    private RequestEcho(VideoRequest r, VideoTask t) {
        TaskSettings s = t.settings();
        VideoOutput o = t.output();
        add("model", r.model(), t.model());
        add("draft_task_id", r.draftTaskId(), t.draftTaskId());
        add("service_tier", r.serviceTier(), s.serviceTier());
        add("draft", r.draft(), s.draft());
        add("generate_audio", r.generateAudio(), s.generateAudio());
        add("priority", r.priority(), s.priority());
        add("execution_expires_after", r.executionExpiresAfter(), s.executionExpiresAfter());
        add("safety_identifier", r.safetyIdentifier(), s.safetyIdentifier());
        add("resolution", r.resolution(), o.resolution());
        add("ratio", "adaptive".equals(r.ratio()) ? null : r.ratio(), o.ratio());
        add("duration", r.hasAutoDuration() ? null : r.duration(), o.duration());
        add("frames", r.frames(), o.frames());
        add("seed", r.seed() != null && r.seed() == -1 ? null : r.seed(), o.seed());
    }

    static RequestEcho of(VideoRequest request, VideoTask task) {
        return new RequestEcho(request, task);
    }

    private void add(String name, Object requested, Object echoed) {
        fields.add(new Field(name, requested, echoed));
    }

    /** No field the task echoes contradicts the request. */
    boolean matches() {
        return fields.stream().allMatch(Field::agrees);
    }

    /** The fields that agree, as {@code name=value}, for the log line of an adoption. */
    String evidence() {
        StringJoiner text = new StringJoiner(", ");
        fields.stream().filter(Field::known).forEach(f -> text.add(f.name() + "=" + f.echoed()));
        return text.toString();
    }
}
