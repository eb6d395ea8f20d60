package io.camelseedance.provider;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import io.camelseedance.api.TaskStatus;

/**
 * A provider's status words and the neutral status each means. A word it does not list is
 * {@link TaskStatus#UNKNOWN}, which keeps the task in flight until its deadline: a provider adding a status word
 * must never end a task early.
 */
public final class StatusWords {

    /** The words EvoLink and APIMart share. */
    public static final StatusWords GATEWAY = new StatusWords(Map.of(
            "pending", TaskStatus.QUEUED,
            "processing", TaskStatus.RUNNING,
            "completed", TaskStatus.SUCCEEDED,
            "failed", TaskStatus.FAILED,
            "cancelled", TaskStatus.CANCELLED));

    private final Map<String, TaskStatus> byWord;

    private StatusWords(Map<String, TaskStatus> byWord) {
        this.byWord = Map.copyOf(byWord);
    }

    /** These words and one more. */
    public StatusWords with(String word, TaskStatus status) {
        Map<String, TaskStatus> more = new HashMap<>(byWord);
        more.put(word, status);
        return new StatusWords(more);
    }

    /** The neutral status of a word, case-insensitively; {@code UNKNOWN} for a word not listed or none. */
    public TaskStatus status(String word) {
        return word == null
                ? TaskStatus.UNKNOWN
                : byWord.getOrDefault(word.trim().toLowerCase(Locale.ROOT), TaskStatus.UNKNOWN);
    }
}
