package io.camelseedance.tracking;

/**
 * What a task store knows of a create under a submission key, as {@link SubmissionKeys#claim} finds it.
 *
 * @param state  where the create under the key stands
 * @param taskId the task it made, when {@link State#CREATED}; else {@code null}
 * @param holder the instance that sent it, or is sending it
 */
public record Submission(State state, String taskId, String holder) {

    /** Where a create under a submission key stands. */
    public enum State {
        /** Nobody had the key: it is this caller's now, to send the create and then say what it made. */
        CLAIMED,
        /** The create was answered with {@link Submission#taskId()}: adopt that task, create nothing. */
        CREATED,
        /** A live instance (this one, or one whose lease has not ended) is sending it now: ask again shortly. */
        PENDING,
        /**
         * The create was on the wire when its sender stopped, died, or lost the answer: it may have been made and
         * billed. It is never sent again under this key.
         */
        LOST
    }

    static Submission claimed(String holder) {
        return new Submission(State.CLAIMED, null, holder);
    }
}
