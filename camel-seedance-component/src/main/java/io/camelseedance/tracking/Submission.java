package io.camelseedance.tracking;

import java.util.List;

/**
 * What a task store knows of a create under a submission key, as {@link SubmissionKeys#claim} finds it.
 *
 * @param state      where the create under the key stands
 * @param taskId     the task it made, when {@link State#CREATED}; else {@code null}
 * @param holder     the instance that sent it, or is sending it
 * @param finding    when {@link State#LOST}, what looking for the create's task found (the search of the instance
 *                   that lost the answer, or the settling of its intent); {@code null} while its intent is not
 *                   settled yet, and in the other states
 * @param candidates the tasks that settling found that could be the create's, none adopted; else empty
 */
public record Submission(State state, String taskId, String holder, String finding, List<String> candidates) {

    public Submission {
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
    }

    /** Where a create under a submission key stands. */
    public enum State {
        /** Nobody had the key: it is this caller's now, to send the create and then say what it made. */
        CLAIMED,
        /** The create was answered with {@link Submission#taskId()}, or its settling found that task: adopt it. */
        CREATED,
        /** A live instance (this one, or one whose lease has not ended) is sending it now: ask again shortly. */
        PENDING,
        /**
         * The create was on the wire when its sender stopped, died, or lost the answer, and no task was found for
         * it: it may have been made and billed. It is never sent again under this key.
         */
        LOST
    }

    static Submission claimed(String holder) {
        return new Submission(State.CLAIMED, null, holder, null, List.of());
    }
}
