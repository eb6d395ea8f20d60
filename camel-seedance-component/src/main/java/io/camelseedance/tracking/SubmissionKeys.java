package io.camelseedance.tracking;

import java.util.List;

/**
 * Creates recorded under a key the caller chose (a file name, an order id), so that paid work is sent once per key
 * whatever the retries, restarts and instances: the first caller of {@link #claim} for a key sends the create, every
 * later one adopts the task it made. A key belongs to an account ({@link TrackerKey}): two accounts may use the same
 * key for different work.
 * <p>
 * A claim on the wire lasts as long as its instance is alive (in a shared store, a lease its holder renews); a claim
 * whose holder is gone before the create answered is {@link Submission.State#LOST}, never sent again. The settling
 * of that create's intent ({@link CreateIntents}) resolves it: the task found is recorded with {@link #created}, and
 * a settling that found none, or several that could be it, with {@link #lost}, as is a create whose answer its live
 * instance lost: every lost key says what was found of its create.
 */
public interface SubmissionKeys {

    /**
     * Claims the key for a create, or says who has it.
     *
     * @return {@link Submission.State#CLAIMED} when this caller must send the create now; otherwise what the store
     *         knows of the create under the key
     */
    Submission claim(TrackerKey account, String key);

    /** The claimed create answered with this task, or its settling found it: later claims of the key adopt it. */
    void created(TrackerKey account, String key, String taskId);

    /** The claimed create was refused (it made nothing): the key is free again, for a corrected request. */
    void release(TrackerKey account, String key);

    /**
     * The claimed create's outcome is unknown (it may have made a task), and looking for its task (the client's
     * search when its answer was lost, or the settling of its intent) did not settle it: the key stays taken, as
     * lost, and later claims say what was found. An empty list is no proof that nothing was made (a provider's list
     * may show a task late), so the key is never freed by it.
     *
     * @param finding    what looking for the create's task found, for the error of the key's later exchanges
     * @param candidates the tasks that could be the create's, none adopted
     */
    void lost(TrackerKey account, String key, String finding, List<String> candidates);

    /** Forgets keys whose create is older than a store's memory of them (days); housekeeping. */
    void prune();
}
